import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2EnableTests {
    @Test func enablesAndLeavesTheArchivedDepartment() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().enable(server.action(account: "1015"), person: Net2People.jan)
        #expect(output.success)
        #expect(
            output.messages == [
                "Enable account was successful", "Department update from [Terminated Employment [id = 7]] to [None] was successful",
            ])
        let user = try #require(server.user(1015))
        #expect(user.expiryDate == nil)
        #expect(user.activateDate?.description == Net2Date.day(server.clock.now) + "T00:00:00")
        #expect(user.departmentId == 0)
    }

    @Test func keepsAnyOtherDepartment() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().enable(server.action(account: "1012"), person: Net2People.jan)
        #expect(output.messages == ["Enable account was successful"])
        #expect(server.user(1012)?.departmentId == 2)
    }

    @Test func failsForAMissingUserOrArchiveSetting() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let missing = try await server.connector().enable(server.action(account: "4040"), person: Net2People.jan)
        #expect(
            missing.auditLogs == [
                AuditLog(
                    message:
                        "Paxton-Net2 account: [4040] for person: [Jan van Dijk] could not be found, "
                        + "possibly indicating that it could be deleted",
                    isError: true)
            ])
        let unset = try await server.connector().enable(
            server.action(account: "1015", configuration: ["archivedDepartmentId": ""]), person: Net2People.jan)
        #expect(unset.messages == ["Could not enable Paxton-Net2 account. Error: configuration key 'archivedDepartmentId' is missing"])
        #expect(server.writes.isEmpty)
    }

    @Test func aDryRunSaysWhatWouldHappen() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().enable(server.action(dryRun: true, account: "1015"), person: Net2People.jan)
        #expect(output.success)
        #expect(output.messages.count == 2)
        #expect(output.messages.allSatisfy { $0.hasPrefix("[DryRun] ") })
        #expect(server.writes.isEmpty)
    }
}
