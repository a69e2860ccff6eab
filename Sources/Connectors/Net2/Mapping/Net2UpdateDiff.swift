import ConnectorRuntime
import UnderstudyCore

/// What update changes on an existing Net2 user, computed as the original connector does: plain
/// properties compare with the user's same-named property, custom fields with the user's
/// `customFields` entry of the same id; texts compare without regard to case, and `null` equals "".
///
/// One defect of the original is fixed: it never saw a custom field as changed when the user's
/// field was missing or empty, so an email or personnel number added later never reached Net2.
/// Here a missing or empty field that should have a value is a change.
///
/// The body is the original's: `Id`, the user's `expiryDate` when set (Net2 clears an omitted
/// expiry date, re-enabling a disabled user), the changed plain properties and, when a custom
/// field changed, `customFields` as three slots `[email, title, personnel number]` with `null`
/// for the unchanged ones.
struct Net2UpdateDiff: Sendable, Hashable {
    /// The changed mapping names: plain properties first, then custom fields; empty when nothing changed.
    var changed: [String]
    /// The body of `PUT /api/v1/users/{id}`, `nil` when nothing changed.
    var body: JSONValue?
    /// The user as it is once the body is applied.
    var projected: JSONValue

    /// Compares `existing` (the user as Net2 returned it) with the `desired` mapped data.
    init(reference: String, existing: JSONValue, desired: Net2AccountData) {
        var changed: [String] = []
        var body: [String: JSONValue] = ["Id": .string(reference)]
        var projected = existing.objectValue ?? [:]
        if let expiry = existing.member("expiryDate"), !expiry.isNull { body["expiryDate"] = expiry }
        for property in desired.properties where !Self.same(existing.member(property.name), property.value) {
            let value: JSONValue = property.value.isNull ? "" : property.value
            changed.append(property.name)
            body[property.name] = value
            let key = projected.keys.first { $0.lowercased() == property.name.lowercased() } ?? property.name
            projected[key] = value
        }
        var slots: [JSONValue] = []
        var fields = existing.member("customFields")?.arrayValue ?? []
        for name in Net2CustomField.names {
            guard let field = desired.customField(name), field.current(in: existing).lowercased() != field.value.lowercased() else {
                slots.append(.null)
                continue
            }
            changed.append(name)
            slots.append(field.json)
            fields.removeAll { $0.member("id")?.plainText == field.id }
            if !field.value.isEmpty {
                fields.append(["id": Int64(field.id).map(JSONValue.integer) ?? .string(field.id), "value": .string(field.value)])
            }
        }
        if slots.contains(where: { !$0.isNull }) {
            body["customFields"] = .array(slots)
            projected["customFields"] = .array(fields)
        }
        self.changed = changed
        self.body = changed.isEmpty ? nil : .object(body)
        self.projected = .object(projected)
    }

    /// PowerShell's `-eq` on the values' texts: case-insensitive, `null` (or absent) equal to "".
    private static func same(_ current: JSONValue?, _ desired: JSONValue) -> Bool {
        text(current).lowercased() == text(desired).lowercased()
    }

    private static func text(_ value: JSONValue?) -> String {
        guard let value, !value.isNull else { return "" }
        return value.plainText
    }
}
