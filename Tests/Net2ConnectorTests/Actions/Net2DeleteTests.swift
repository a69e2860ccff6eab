import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2DeleteTests {
    @Test func deletesTheUser() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().delete(server.action(account: "1013"), person: Net2People.jan)
        #expect(output.success)
        #expect(output.messages == ["Delete account was successful"])
        #expect(output.previousData?["firstName"] == "Sanne")
        #expect(server.user(1013) == nil)
        #expect(try JSONValue(parsing: try #require(server.writes.first).body) == ["id": "1013"])
    }

    @Test func succeedsForAMissingUser() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().delete(server.action(account: "4040"), person: Net2People.jan)
        #expect(output.success)
        #expect(output.auditLogs.map(\.isError) == [false])
    }

    @Test func aDryRunDoesNotWrite() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().delete(server.action(dryRun: true, account: "1013"), person: Net2People.jan)
        #expect(output.success)
        #expect(server.user(1013) != nil)
        #expect(server.writes.isEmpty)
    }
}
