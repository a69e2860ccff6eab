import ConnectorRuntime
import Foundation
import Net2Connector
import UnderstudyCore

/// What the Net2 scenarios share: the seed operator's configuration for this run's emulator, a
/// department mapping CSV in a temporary folder, and checks that hold in real runs only (a dry
/// run writes nothing, so what follows a create or a delete differs).
struct Net2SuiteFixture {
    /// The seed's operator and licence (`Stubs/net2/data`), and its archived department.
    static let userName = "System engineer"
    static let password = "Net2Demo!"
    static let clientID = "7c6d9f3e-2b1a-4c8d-9e0f-1a2b3c4d5e6f"
    static let archivedDepartmentID = 7

    /// The mapping the scenarios use, as in `Stubs/net2/fixtures/departmentMapping.csv`.
    static let departmentMapping = """
        Department,DepartmentNet2,TPCode
        ADMIN,Administration,Reception
        SALES,Sales,Working hours
        SUPPORT,Support,Working hours
        WAREHOUSE,Support,Warehouse
        IT,Support,Server room

        """

    let context: ScenarioContext
    let mappingFile: URL

    /// Runs `body` with a fixture whose mapping file is removed afterwards.
    static func run(_ context: ScenarioContext, _ body: (Net2SuiteFixture) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("understudy-net2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mappingFile = folder.appendingPathComponent("departmentMapping.csv")
        try Data(departmentMapping.utf8).write(to: mappingFile)
        try await body(Net2SuiteFixture(context: context, mappingFile: mappingFile))
    }

    /// A connector for one run: its actions share one session on the scenario's clock.
    func connector() -> Net2Connector {
        Net2Connector(session: Net2Session(clock: context.clock))
    }

    /// An action context for the emulator, a dry run when the scenario is one.
    func action(
        account: String? = nil, permission: Int? = nil, permissionName: String? = nil, operation: String? = nil,
        currentPermissions: [SubPermission]? = nil, configuration extra: [String: JSONValue] = [:]
    ) -> ActionContext {
        var configuration: [String: JSONValue] = [
            "BaseUrl": .string(context.baseURL.absoluteString), "UserName": .string(Self.userName), "Password": .string(Self.password),
            "ClientId": .string(Self.clientID), "departmentMapping": .string(mappingFile.path),
            "archivedDepartmentId": .string(String(Self.archivedDepartmentID)),
        ]
        for (key, value) in extra { configuration[key] = value }
        return ActionContext(
            configuration: .object(configuration), dryRun: context.dryRun, operation: operation,
            references: ActionReferences(
                account: account.map(JSONValue.string), permission: permission.map { ["Reference": .integer(Int64($0))] }),
            permissionDisplayName: permissionName, currentPermissions: currentPermissions)
    }

    /// The account reference create reported; `nil` in a dry run that created nothing.
    func reference(_ created: OutputContext) -> String? {
        guard let reference = created.accountReference?.stringValue, Int(reference) != nil else { return nil }
        return reference
    }

    /// Fails unless `output` succeeded; every action must succeed in a dry run too, except
    /// after a create or delete that a dry run did not carry out (`realRunOnly`).
    func expectSuccess(_ output: OutputContext, _ step: String, realRunOnly: Bool = false) throws {
        guard !(realRunOnly && context.dryRun) else { return }
        try context.expect(output.success, "\(step) failed: \(output.auditLogs.map(\.message))")
    }

    /// In a real run, fails unless `output` failed with an error entry containing `text`.
    func expectFailure(_ output: OutputContext, containing text: String, _ step: String) throws {
        guard !context.dryRun else { return }
        let errors = output.auditLogs.filter(\.isError).map(\.message)
        try context.expect(!output.success && errors.contains { $0.contains(text) }, "\(step) should fail with '\(text)': \(errors)")
    }

    /// The emulator's counters (`tokenRequests`, `tokensIssued`, `rateLimited`, `mfaChallengesIssued`, `wrongMfaCodes`).
    func stat(_ name: String) -> Int {
        let stats = (try? JSONValue(parsing: context.admin("GET", "/__admin/net2/stats").body)) ?? .null
        return stats[name]?.intValue ?? 0
    }
}
