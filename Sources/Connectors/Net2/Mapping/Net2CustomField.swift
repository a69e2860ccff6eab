import ConnectorRuntime
import UnderstudyCore

/// A mapped Net2 custom field: its name in the field mapping (`Email`, `Title`, `PersonnelNumber`),
/// the Net2 field id and the desired value.
struct Net2CustomField: Sendable, Hashable {
    /// The custom fields the mapping has, in the order the original connector's update sends them.
    static let names = ["Email", "Title", "PersonnelNumber"]

    /// The mapping name.
    var name: String
    /// The Net2 custom field id, as text (the mapping delivers `"9"`).
    var id: String
    /// The desired value; empty when the person has none.
    var value: String

    /// The field as Net2 takes it in `customFields`: `{"id": "9", "value": "…"}`.
    var json: JSONValue { ["id": .string(id), "value": .string(value)] }

    /// The current value of this field in a Net2 user's `customFields`; empty when absent.
    func current(in user: JSONValue) -> String {
        let entries = user.member("customFields")?.arrayValue ?? []
        let entry = entries.first { $0.member("id")?.plainText == id }
        guard let value = entry?.member("value"), !value.isNull else { return "" }
        return value.plainText
    }
}
