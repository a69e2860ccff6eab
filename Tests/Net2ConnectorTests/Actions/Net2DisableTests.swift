import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2DisableTests {
    @Test func expiresTheUserAndMovesItToTheArchive() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().disable(server.action(account: "1012"), person: Net2People.jan)
        #expect(output.success)
        #expect(
            output.messages == [
                "Disable account was successful", "Department update was successful, new department is [Terminated Employment [id = 7]]",
            ])
        let user = try #require(server.user(1012))
        #expect(user.expiryDate?.description == Net2Date.day(server.clock.now, offsetBy: -1) + "T00:00:00")
        #expect(user.departmentId == 7)
        #expect(user.firstName == "Jan")
    }

    @Test func succeedsForAMissingUser() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().disable(server.action(account: "4040"), person: Net2People.jan)
        #expect(output.success)
        #expect(
            output.auditLogs == [
                AuditLog(
                    message:
                        "Paxton-Net2 account: [4040] for person: [Jan van Dijk] could not be found, "
                        + "possibly indicating that it could be deleted"
                )
            ])
    }

    @Test func aDryRunDoesNotWrite() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().disable(server.action(dryRun: true, account: "1012"), person: Net2People.jan)
        #expect(output.success)
        #expect(
            output.messages.first
                == "[DryRun] Disable Paxton-Net2 account: [1012] for person: [Jan van Dijk] will be executed during enforcement")
        #expect(server.writes.isEmpty)
    }
}
