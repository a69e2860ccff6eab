import EmulatorCore
import UnderstudyCore

/// The changes a `POST` or `PUT /api/v1/users` body asks for, bound the way ASP.NET binds
/// them: member names in any case, ids as strings or numbers, culture-dependent short dates,
/// `null` slots in `customFields` ignored, unknown members ignored.
struct Net2UserChanges {
    /// Text fields sent, by user property (`firstName`, ...); `null` clears to empty.
    var texts: [WritableKeyPath<Net2User, String>: String] = [:]
    /// `activateDate` when sent (inner `nil` for `null`).
    var activateDate: Net2DateTime??
    /// `expiryDate` when sent (inner `nil` for `null`).
    var expiryDate: Net2DateTime??
    /// Custom field values to upsert, in order; an empty value clears the field.
    var customFields: [(id: Int, value: String)] = []

    private static var textFields: [(name: String, path: WritableKeyPath<Net2User, String>)] {
        [
            ("firstName", \.firstName), ("middleName", \.middleName), ("lastName", \.lastName), ("telephone", \.telephone),
            ("extension", \.extension), ("fax", \.fax), ("pin", \.pin),
        ]
    }

    /// Binds a request body; throws the rejection to answer with for a body that does not bind.
    init(binding body: CaseInsensitiveObject, knownFieldIDs: Set<Int>) throws(Net2Rejection) {
        for (name, path) in Self.textFields {
            guard let value = body[name] else { continue }
            guard value == .null || value.lenientString != nil else {
                throw Net2Rejection(field: "user.\(name)", reason: "Expected a string, found \(value.typeName).")
            }
            texts[path] = value.lenientString ?? ""
        }
        activateDate = try Self.date(body, "activateDate")
        expiryDate = try Self.date(body, "expiryDate")
        guard let fields = body["customFields"], fields != .null else { return }
        guard case .array(let entries) = fields else {
            throw Net2Rejection(field: "user.customFields", reason: "Expected an array, found \(fields.typeName).")
        }
        for (index, entry) in entries.enumerated() where entry != .null {
            let field = "user.customFields[\(index)]"
            guard case .object(let members) = entry else {
                throw Net2Rejection(field: field, reason: "Expected an object with id and value, found \(entry.typeName).")
            }
            let slot = CaseInsensitiveObject(members)
            guard let id = slot["id"]?.lenientInt else {
                throw Net2Rejection(field: field + ".id", reason: "The custom field id must be a number.")
            }
            guard knownFieldIDs.contains(id) else {
                throw Net2Rejection(field: field + ".id", reason: "There is no custom field with id \(id).")
            }
            let value = slot["value"] ?? .null
            guard value == .null || value.lenientString != nil else {
                throw Net2Rejection(field: field + ".value", reason: "Expected a string, found \(value.typeName).")
            }
            customFields.append((id, value.lenientString ?? ""))
        }
    }

    /// Applies the changes. With `clearingOmittedExpiry` (an update) a body without
    /// `expiryDate` clears the expiry date, as Net2 does.
    func apply(to user: inout Net2User, clearingOmittedExpiry: Bool) {
        for (path, value) in texts { user[keyPath: path] = value }
        if let activateDate { user.activateDate = activateDate }
        if let expiryDate {
            user.expiryDate = expiryDate
        } else if clearingOmittedExpiry {
            user.expiryDate = nil
        }
        for field in customFields { user.customFields[field.id] = field.value.isEmpty ? nil : field.value }
    }

    private static func date(_ body: CaseInsensitiveObject, _ name: String) throws(Net2Rejection) -> Net2DateTime?? {
        guard let value = body[name] else { return nil }
        if value == .null { return .some(nil) }
        guard let text = value.stringValue, let date = Net2DateTime(parsing: text) else {
            throw Net2Rejection(field: "user.\(name)", reason: "The value '\(value.plainText)' is not a valid date.")
        }
        return .some(date)
    }
}
