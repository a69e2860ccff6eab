import Testing
import UnderstudyCore

@testable import ConnectorRuntime

/// A connector that only creates accounts, to show what the default actions do.
private struct CreateOnlyConnector: TargetConnector {
    var supportedActions: Set<ConnectorAction> { [.create] }

    func create(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        var output = OutputContext(accountReference: person.value(at: "Person.ExternalId"))
        output.log("Create account was successful", action: "CreateAccount")
        output.concludeFromAuditLogs()
        return output
    }
}

@Suite struct TargetConnectorTests {
    private let connector = CreateOnlyConnector()
    private let action = ActionContext()
    private let person = PersonContext(person: ["ExternalId": "42"])

    @Test func runsTheActionsAConnectorImplements() async throws {
        let output = try await connector.create(action, person: person)
        #expect(output.success)
        #expect(output.accountReference == "42")
    }

    @Test func reportsUnimplementedActionsAsFailedOutputs() async throws {
        let outputs = [
            try await connector.update(action, person: person),
            try await connector.enable(action, person: person),
            try await connector.disable(action, person: person),
            try await connector.delete(action, person: person),
            try await connector.retrievePermissions(action),
            try await connector.grant(action, person: person),
            try await connector.revoke(action, person: person),
            try await connector.subPermissions(action, person: person),
        ]
        #expect(
            outputs == [
                .notSupported(.update), .notSupported(.enable), .notSupported(.disable), .notSupported(.delete),
                .notSupported(.permissions), .notSupported(.grant), .notSupported(.revoke), .notSupported(.subPermissions),
            ])
        #expect(outputs.allSatisfy { !$0.success && $0.hasErrors })
    }

    @Test func unimplementedImportsThrowNotSupported() async {
        await #expect(throws: ConnectorActionNotSupported(action: .importAccounts)) {
            try await connector.importAccounts(action)
        }
        await #expect(throws: ConnectorActionNotSupported(action: .importPermissions)) {
            try await connector.importPermissions(action)
        }
    }
}
