import Foundation
import UnderstudyCore

/// A Net2 user (cardholder) with everything the emulator keeps about it.
public struct Net2User: Sendable, Hashable {
    /// The id, assigned by the server.
    public var id: Int
    /// The first name.
    public var firstName: String
    /// The middle name (Dutch prefix in the connector's mapping).
    public var middleName: String
    /// The last name.
    public var lastName: String
    /// The telephone number.
    public var telephone: String
    /// The telephone extension.
    public var `extension`: String
    /// The fax number.
    public var fax: String
    /// The PIN.
    public var pin: String
    /// When the user becomes valid.
    public var activateDate: Net2DateTime?
    /// When the user stops being valid; `nil` means never (the connector reads `null` as enabled).
    public var expiryDate: Net2DateTime?
    /// Custom field values by field id.
    public var customFields: [Int: String]
    /// The department id (0 = None).
    public var departmentId: Int
    /// The access level ids of the door permission set.
    public var accessLevels: [Int]
    /// The individual permissions of the door permission set, kept as sent.
    public var individualPermissions: [JSONValue]
    /// The user's GUID.
    public var userGUID: String

    /// Creates a user.
    public init(
        id: Int, firstName: String = "", middleName: String = "", lastName: String = "", telephone: String = "",
        extension: String = "", fax: String = "", pin: String = "", activateDate: Net2DateTime? = nil,
        expiryDate: Net2DateTime? = nil, customFields: [Int: String] = [:], departmentId: Int = 0,
        accessLevels: [Int] = [], individualPermissions: [JSONValue] = [], userGUID: String? = nil
    ) {
        self.id = id
        self.firstName = firstName
        self.middleName = middleName
        self.lastName = lastName
        self.telephone = telephone
        self.extension = `extension`
        self.fax = fax
        self.pin = pin
        self.activateDate = activateDate
        self.expiryDate = expiryDate
        self.customFields = customFields
        self.departmentId = departmentId
        self.accessLevels = accessLevels
        self.individualPermissions = individualPermissions
        self.userGUID = userGUID ?? Self.guid(for: id)
    }

    /// The API's user object (`GET /api/v1/users/{id}`): camelCase keys, `customFields` as
    /// `[{"id": 9, "value": "..."}]` in id order, empty values left out.
    public var json: JSONValue {
        [
            "id": .integer(Int64(id)),
            "firstName": .string(firstName),
            "middleName": .string(middleName),
            "lastName": .string(lastName),
            "telephone": .string(telephone),
            "extension": .string(`extension`),
            "fax": .string(fax),
            "pin": .string(pin),
            "activateDate": activateDate.map { .string($0.description) } ?? .null,
            "expiryDate": expiryDate.map { .string($0.description) } ?? .null,
            "hasImage": false,
            "userGUID": .string(userGUID),
            "customFields": .array(
                customFields.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { field in
                    ["id": .integer(Int64(field.key)), "value": .string(field.value)]
                }),
        ]
    }

    /// The door permission set (`GET /api/v1/users/{id}/doorpermissionset`).
    public var doorPermissionSet: JSONValue {
        ["accessLevels": .array(accessLevels.map { .integer(Int64($0)) }), "individualPermissions": .array(individualPermissions)]
    }

    /// Whether the user is valid at `now`: activated (or no activation date) and not expired.
    public func isActive(at now: Net2DateTime) -> Bool {
        (activateDate.map { $0 <= now } ?? true) && (expiryDate.map { now < $0 } ?? true)
    }

    /// A stable GUID derived from the id, for users that were not given one.
    static func guid(for id: Int) -> String {
        let digits = String(UInt64(truncatingIfNeeded: id), radix: 16)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits.suffix(12)
    }
}
