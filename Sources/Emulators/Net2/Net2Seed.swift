import EmulatorCore
import Foundation
import UnderstudyCore

/// The data a Net2 emulator starts from (and returns to on reset), read from
/// `Stubs/net2/data/`: `operators.json`, `clients.json`, `departments.json`,
/// `accesslevels.json`, `customfieldnames.json` and `users.json`.
public struct Net2Seed: Sendable, Hashable {
    /// The operators the password grant accepts.
    public var operators: [Net2Operator]
    /// The licences whose client ids the token route accepts (any client id when empty).
    public var clients: [Net2Client]
    /// The departments in creation order; must include id 0 ("None").
    public var departments: [Net2Department]
    /// The access levels.
    public var accessLevels: [Net2AccessLevel]
    /// The custom field definitions.
    public var customFieldNames: [Net2CustomFieldName]
    /// The users.
    public var users: [Net2User]

    /// Creates a seed from values.
    public init(
        operators: [Net2Operator], clients: [Net2Client], departments: [Net2Department], accessLevels: [Net2AccessLevel],
        customFieldNames: [Net2CustomFieldName], users: [Net2User]
    ) {
        self.operators = operators
        self.clients = clients
        self.departments = departments
        self.accessLevels = accessLevels
        self.customFieldNames = customFieldNames
        self.users = users
    }

    /// Loads and checks the seed files in `directory`. Errors name the file, the JSON path and
    /// the reason, including broken references (a user in an unknown department) and duplicate ids.
    public static func load(from directory: URL) throws(SeedError) -> Net2Seed {
        let loader = SeedLoader(directory: directory)
        let seed = Net2Seed(
            operators: try loader.load([Net2Operator].self, from: "operators.json"),
            clients: try loader.load([Net2Client].self, from: "clients.json"),
            departments: try loader.load([Net2Department].self, from: "departments.json"),
            accessLevels: try loader.load([Net2AccessLevel].self, from: "accesslevels.json"),
            customFieldNames: try loader.load([Net2CustomFieldName].self, from: "customfieldnames.json"),
            users: try loader.load([Net2UserSeed].self, from: "users.json").map(\.user))
        try seed.check(loader)
        return seed
    }

    /// Loads the seed of `<stubsDirectory>/net2/data`.
    public static func load(stubsDirectory: URL) throws(SeedError) -> Net2Seed {
        try load(from: SeedLoader(stubsDirectory: stubsDirectory, vendor: "net2").directory)
    }

    private func check(_ loader: SeedLoader) throws(SeedError) {
        try Self.checkUnique(departments.map(\.id), file: loader.path(of: "departments.json"))
        try Self.checkUnique(accessLevels.map(\.id), file: loader.path(of: "accesslevels.json"))
        try Self.checkUnique(customFieldNames.map(\.id), file: loader.path(of: "customfieldnames.json"))
        try Self.checkUnique(users.map(\.id), file: loader.path(of: "users.json"))
        guard departments.contains(where: { $0.id == 0 }) else {
            throw SeedError(file: loader.path(of: "departments.json"), reason: "department 0 (\"None\") is missing")
        }
        let usersFile = loader.path(of: "users.json")
        for (index, user) in users.enumerated() {
            if !departments.contains(where: { $0.id == user.departmentId }) {
                throw SeedError(file: usersFile, jsonPath: "$[\(index)].departmentId", reason: "no department has id \(user.departmentId)")
            }
            for (position, level) in user.accessLevels.enumerated() where !accessLevels.contains(where: { $0.id == level }) {
                throw SeedError(file: usersFile, jsonPath: "$[\(index)].accessLevels[\(position)]", reason: "no access level has id \(level)")
            }
            for field in user.customFields.keys.sorted() where !customFieldNames.contains(where: { $0.id == field }) {
                throw SeedError(file: usersFile, jsonPath: "$[\(index)].customFields", reason: "no custom field has id \(field)")
            }
        }
    }

    private static func checkUnique(_ ids: [Int], file: String) throws(SeedError) {
        var seen: Set<Int> = []
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            throw SeedError(file: file, jsonPath: "$[\(index)].id", reason: "the id \(id) is used twice")
        }
    }
}

/// A user as written in `users.json`: the API's user object plus `departmentId`,
/// `accessLevels` and `individualPermissions`; only `id` is required.
private struct Net2UserSeed: Decodable {
    let user: Net2User

    private enum Key: String, CodingKey {
        case id, firstName, middleName, lastName, telephone, `extension`, fax, pin, activateDate, expiryDate
        case customFields, departmentId, accessLevels, individualPermissions, userGUID
    }

    private struct CustomField: Decodable {
        let id: Int
        let value: String
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        func text(_ key: Key) throws -> String { try container.decodeIfPresent(String.self, forKey: key) ?? "" }
        func date(_ key: Key) throws -> Net2DateTime? {
            guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let date = Net2DateTime(parsing: text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(text)' is not a date")
            }
            return date
        }
        var fields: [Int: String] = [:]
        for field in try container.decodeIfPresent([CustomField].self, forKey: .customFields) ?? [] {
            fields[field.id] = field.value
        }
        user = Net2User(
            id: try container.decode(Int.self, forKey: .id), firstName: try text(.firstName), middleName: try text(.middleName),
            lastName: try text(.lastName), telephone: try text(.telephone), extension: try text(.extension), fax: try text(.fax),
            pin: try text(.pin), activateDate: try date(.activateDate), expiryDate: try date(.expiryDate), customFields: fields,
            departmentId: try container.decodeIfPresent(Int.self, forKey: .departmentId) ?? 0,
            accessLevels: try container.decodeIfPresent([Int].self, forKey: .accessLevels) ?? [],
            individualPermissions: try container.decodeIfPresent([JSONValue].self, forKey: .individualPermissions) ?? [],
            userGUID: try container.decodeIfPresent(String.self, forKey: .userGUID))
    }
}
