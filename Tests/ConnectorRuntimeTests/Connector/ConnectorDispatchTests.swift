import Testing
import UnderstudyCore

@testable import ConnectorRuntime

private struct FailingUpdateError: Error, CustomStringConvertible {
    var description: String { "Could not update account. Error: vendor said no" }
}

/// A connector with an import and an update that throws.
private struct SampleConnector: TargetConnector {
    var supportedActions: Set<ConnectorAction> { [.update, .importAccounts] }

    func update(_ action: ActionContext, person: PersonContext) async throws -> OutputContext {
        throw FailingUpdateError()
    }

    func importAccounts(_ action: ActionContext) async throws -> [ImportedAccount] {
        [ImportedAccount(accountReference: "1", displayName: "Jan", enabled: true)]
    }
}

/// A source with one person and no departments.
private struct SampleSource: SourceConnector {
    func persons(_ context: SourceContext) async throws -> [SourcePerson] {
        [SourcePerson(externalId: "1", displayName: context.dryRun ? "preview" : "Jan")]
    }

    func departments(_ context: SourceContext) async throws -> [SourceDepartment] { [] }
}

@Suite struct ConnectorDispatchTests {
    @Test func runsActionsByName() async throws {
        let result = try await SampleConnector().run(.importAccounts, context: ActionContext())
        #expect(result == .accounts([ImportedAccount(accountReference: "1", displayName: "Jan", enabled: true)]))
        #expect(try await SampleConnector().run(.grant, context: ActionContext()) == .output(.notSupported(.grant)))
    }

    @Test func aThrownErrorFailsTheActionWithAnErrorEntry() async throws {
        let result = try await SampleConnector().run(.update, context: ActionContext())
        guard case .output(let output) = result else {
            Issue.record("expected an output, got \(result)")
            return
        }
        #expect(!result.succeeded)
        #expect(output.auditLogs == [AuditLog(message: "Could not update account. Error: vendor said no", isError: true)])
    }

    @Test func sourceActionsRunOnlyOnSources() async throws {
        await #expect(throws: ConnectorActionNotSupported(action: .persons)) {
            try await SampleConnector().run(.persons, context: ActionContext())
        }
        let persons = try await SampleSource().run(.persons, context: SourceContext(dryRun: true))
        #expect(persons == .persons([SourcePerson(externalId: "1", displayName: "preview")]))
        #expect(try await SampleSource().run(.departments, context: SourceContext()) == .departments([]))
        await #expect(throws: ConnectorActionNotSupported(action: .create)) {
            try await SampleSource().run(.create, context: SourceContext())
        }
    }
}
