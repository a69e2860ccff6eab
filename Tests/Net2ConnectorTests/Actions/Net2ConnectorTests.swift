import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2ConnectorTests {
    @Test func supportsEveryTargetAction() {
        #expect(Net2Connector().supportedActions == Set(ConnectorAction.allCases.filter { !$0.isSourceAction }))
    }

    @Test func runsByActionName() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        guard case .accounts(let accounts) = try await connector.run(.importAccounts, context: server.action()) else {
            Issue.record("import-accounts gave no accounts")
            return
        }
        #expect(accounts.count == 6)
        let deleted = try await connector.run(.delete, context: server.action(account: "1016"), person: Net2People.jan)
        #expect(deleted.succeeded)
    }

    /// A whole lifecycle as a dry run reads everything and writes nothing but sign-ins.
    @Test func aDryRunLifecycleWritesNothing() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        let outputs = [
            try await connector.create(server.action(dryRun: true), person: Net2People.eva),
            try await connector.create(server.action(dryRun: true), person: Net2People.jan),
            try await connector.update(server.action(dryRun: true, account: "1012"), person: Net2People.jan),
            try await connector.disable(server.action(dryRun: true, account: "1012"), person: Net2People.jan),
            try await connector.enable(server.action(dryRun: true, account: "1015"), person: Net2People.jan),
            try await connector.grant(server.action(dryRun: true, account: "1013", permission: 5), person: Net2People.jan),
            try await connector.revoke(server.action(dryRun: true, account: "1013", permission: 3), person: Net2People.jan),
            try await connector.subPermissions(server.action(dryRun: true, account: "1013", operation: "grant"), person: Net2People.jan),
            try await connector.delete(server.action(dryRun: true, account: "1012"), person: Net2People.jan),
        ]
        let failures = outputs.filter { !$0.success }.map(\.messages)
        #expect(failures.isEmpty, "\(failures)")
        #expect(server.writes.isEmpty)
        #expect(server.requests.filter { $0.method != "GET" }.count == 1)
    }
}
