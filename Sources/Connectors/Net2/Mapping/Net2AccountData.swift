import ConnectorRuntime
import UnderstudyCore

/// The mapped account fields of one action (`$actionContext.Data`) in the shape of the original
/// connector's field mapping: `Department`, plain user properties (`FirstName`, `LastName`,
/// `MiddleName`, `Telephone`, …) and the custom fields `Email`, `Title` and `PersonnelNumber` as
/// `{"Id": "9", "Value": "…"}`.
struct Net2AccountData: Sendable {
    /// The names that are not plain user properties.
    static let reservedNames: Set<String> = ["id", "department", "email", "personnelnumber", "title"]
    /// The order the default mapping lists the plain properties in; others follow by name.
    private static let propertyOrder = ["FirstName", "Telephone", "LastName", "MiddleName"]

    /// The HelloID department value looked up in the department mapping (`Department`).
    var department: String?
    /// The plain user properties, in mapping order.
    var properties: [(name: String, value: JSONValue)]
    /// The custom fields present in the mapping with an id.
    var customFields: [Net2CustomField]

    /// Reads `data`, a JSON object.
    init(_ data: JSONValue) {
        let members = data.objectValue ?? [:]
        department = data.member("Department").flatMap { $0.isNull ? nil : $0.plainText }
        let plain = members.filter { !Self.reservedNames.contains($0.key.lowercased()) }
        let rank = { (name: String) in Self.propertyOrder.firstIndex(of: name) ?? Self.propertyOrder.count }
        properties = plain.sorted { (rank($0.key), $0.key) < (rank($1.key), $1.key) }.map { ($0.key, $0.value) }
        customFields = Net2CustomField.names.compactMap { name in
            guard let field = data.member(name), let id = field.member("Id"), !id.isNull, !id.plainText.isEmpty else { return nil }
            let value = field.member("Value").flatMap { $0.isNull ? nil : $0.plainText } ?? ""
            return Net2CustomField(name: name, id: id.plainText, value: value)
        }
    }

    /// The custom field called `name`, when mapped.
    func customField(_ name: String) -> Net2CustomField? {
        customFields.first { $0.name == name }
    }

    /// The body of `POST /api/v1/users`: the plain properties, `customFields` in the original's
    /// order (email, personnel number, title) and `expiryDate`, so the user starts disabled.
    func createBody(expiryDate: String) -> JSONValue {
        var body: [String: JSONValue] = [:]
        for property in properties { body[property.name] = property.value.isNull ? "" : property.value }
        body["customFields"] = .array(["Email", "PersonnelNumber", "Title"].compactMap { customField($0)?.json })
        body["expiryDate"] = .string(expiryDate)
        return .object(body)
    }
}
