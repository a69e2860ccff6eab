import ConnectorRuntime
import Foundation
import Hosting
import Logging
import MicroHTTP
import Net2Emulator
import UnderstudyCore

@testable import Net2Connector

/// The package's `Stubs/` folder and the Net2 fixtures in it.
enum Net2Paths {
    static let stubsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Stubs")
    static let fixtures = stubsRoot.appendingPathComponent("net2/fixtures")
    static let departmentMapping = fixtures.appendingPathComponent("departmentMapping.csv").path
}

/// The Net2 emulator on a free port with a manual clock that advances itself when the connector
/// waits, so retries take no real time. Stop it when done.
struct Net2TestServer {
    /// The seed operator, licence and archived department.
    static let userName = "System engineer"
    static let password = "Net2Demo!"
    static let clientID = "7c6d9f3e-2b1a-4c8d-9e0f-1a2b3c4d5e6f"
    static let archivedDepartmentID = 7

    let clock = ManualClock(advancesWhenScheduled: true)
    let listener: Listener

    /// Starts the emulator with `mfa` (`off`, `code:…`, `totp:…`) and `tokenRate` (`N/Ss`) when given.
    init(mfa: String? = nil, tokenRate: String? = nil) throws {
        listener = try VendorCatalog.listener(
            "net2", stubsRoot: Net2Paths.stubsRoot, settings: VendorSettings(net2MFA: mfa, net2TokenRate: tokenRate),
            configuration: .init(port: 0), options: .init(clock: clock), logger: Logger(label: "net2-connector-tests"))
        try listener.start()
    }

    func stop() { listener.stop() }

    /// The emulator behind the listener.
    var emulator: Net2Emulator { listener.emulator as! Net2Emulator }

    /// The emulator's counters.
    var stats: Net2Stats { emulator.stats }

    /// A connector with a session of its own on the test clock.
    func connector() -> Net2Connector {
        Net2Connector(session: Net2Session(clock: clock))
    }

    /// The seed operator's configuration for this server; `extra` adds or replaces keys.
    func configuration(_ extra: [String: JSONValue] = [:]) -> JSONValue {
        var configuration: [String: JSONValue] = [
            "BaseUrl": .string(listener.baseURL), "UserName": .string(Self.userName), "Password": .string(Self.password),
            "ClientId": .string(Self.clientID), "departmentMapping": .string(Net2Paths.departmentMapping),
            "archivedDepartmentId": .string(String(Self.archivedDepartmentID)),
        ]
        for (key, value) in extra { configuration[key] = value }
        return .object(configuration)
    }

    /// An action context for this server.
    func action(
        dryRun: Bool = false, account: String? = nil, permission: Int? = nil, permissionName: String? = nil,
        operation: String? = nil, currentPermissions: [SubPermission]? = nil, configuration extra: [String: JSONValue] = [:]
    ) -> ActionContext {
        ActionContext(
            configuration: configuration(extra), dryRun: dryRun, operation: operation,
            references: ActionReferences(
                account: account.map(JSONValue.string), permission: permission.map { ["Reference": .integer(Int64($0))] }),
            permissionDisplayName: permissionName, currentPermissions: currentPermissions)
    }

    /// The requests the emulator received, in order.
    var requests: [HTTPRequest] { listener.stubs.journal.entries.map(\.request) }

    /// The requests that changed data: writes other than the token and MFA routes.
    var writes: [HTTPRequest] {
        requests.filter { $0.method != "GET" && !$0.path.lowercased().hasPrefix("/api/v1/authorization/") }
    }

    /// A user as the emulator holds it now.
    func user(_ id: Int) -> Net2User? { emulator.users.first { $0.id == id } }

    /// Sends a request to the admin API (emulator controls under `/__admin/net2/`).
    @discardableResult
    func admin(_ method: String, _ path: String, body: String = "") -> HTTPResponse {
        listener.stubs.handle(HTTPRequest(method: method, target: path, body: Data(body.utf8))).response ?? HTTPResponse(status: 500)
    }
}

/// People as HelloID hands them to the connector.
enum Net2People {
    /// Eva de Vries: new to Net2, in SUPPORT.
    static let eva = person(
        externalID: "200001", nick: "Eva", family: "Vries", prefix: "de", department: "SUPPORT",
        email: "eva.devries@example.com", phone: "+31 30 123 4599", title: "Service engineer")
    /// Jan van Dijk: in the seed as user 1012 with personnel number 100234, in SALES.
    static let jan = person(
        externalID: "100234", nick: "Jan", family: "Dijk", prefix: "van", department: "SALES",
        email: "jan.vandijk@example.com", phone: "+31 30 123 4567", title: "Account manager")
    /// Noah Visser: new to Net2, in ADMIN, without an email address (yet).
    static let noah = person(
        externalID: "200002", nick: "Noah", family: "Visser", prefix: nil, department: "ADMIN",
        email: nil, phone: nil, title: "Office manager")

    /// A person with one primary contract whose location is the department.
    static func person(
        externalID: String, nick: String, family: String, prefix: String?, department: String, email: String?, phone: String?,
        title: String, locations: [String]? = nil
    ) -> PersonContext {
        var name: [String: JSONValue] = [
            "NickName": .string(nick), "GivenName": .string(nick), "FamilyName": .string(family), "Convention": "B",
        ]
        if let prefix { name["FamilyNamePrefix"] = .string(prefix) }
        var business: [String: JSONValue] = [:]
        if let email { business["Email"] = .string(email) }
        if let phone { business["Phone"] = ["Fixed": .string(phone)] }
        let contracts: [JSONValue] = (locations ?? [department]).map { location in
            ["Department": ["ExternalId": .string(department)], "Location": ["Name": .string(location)], "Context": ["InConditions": true]]
        }
        return PersonContext(person: [
            "ExternalId": .string(externalID), "DisplayName": .string([nick, prefix, family].compactMap { $0 }.joined(separator: " ")),
            "Name": .object(name), "Contact": ["Business": .object(business)],
            "PrimaryContract": ["Department": ["ExternalId": .string(department)], "Title": ["Name": .string(title)]],
            "Contracts": .array(contracts),
        ])
    }
}

extension PersonContext {
    /// The person with the value at `path` (dotted, under `Person`) replaced.
    func with(_ path: String, _ value: JSONValue) -> PersonContext {
        var copy = self
        copy.person = Self.setting(copy.person, path.split(separator: ".").map(String.init)[...], to: value)
        return copy
    }

    private static func setting(_ object: JSONValue, _ path: ArraySlice<String>, to value: JSONValue) -> JSONValue {
        guard let key = path.first else { return value }
        var members = object.objectValue ?? [:]
        members[key] = setting(members[key] ?? [:], path.dropFirst(), to: value)
        return .object(members)
    }
}

extension OutputContext {
    /// The audit messages, for comparisons.
    var messages: [String] { auditLogs.map(\.message) }
}
