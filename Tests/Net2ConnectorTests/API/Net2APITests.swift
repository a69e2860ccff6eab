import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2APITests {
    private func api(_ server: Net2TestServer, dryRun: Bool = false) throws -> Net2API {
        Net2API(
            session: Net2Session(clock: server.clock), settings: try Net2Settings(configuration: server.configuration()), dryRun: dryRun)
    }

    @Test func readsOfAMissingUserAreNil() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let api = try api(server)
        #expect(try await api.user("4040") == nil)
        #expect(try await api.doorPermissionSet(ofUser: "4040") == nil)
        #expect(try await api.user("1012")?["lastName"] == "Dijk")
    }

    @Test func runsTheCustomQueriesOfTheOriginal() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let api = try api(server)
        #expect(try await api.usersWithCustomField(id: "14", value: "100234").map { $0["userID"] } == [1012])
        #expect(try await api.departments(named: "Support").map { $0["departmentID"] } == [3])
        #expect(try await api.departments(named: "Research").isEmpty)
        let query = try #require(server.requests.last?.rawQuery)
        #expect(query.hasPrefix("query=SELECT%20%2A%20From%20sdk.departments"))
    }

    @Test func aDryRunRefusesWritesBeforeSendingThem() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let api = try api(server, dryRun: true)
        await #expect(throws: DryRunViolation(method: .delete, path: "/api/v1/users/1012")) { try await api.deleteUser("1012") }
        #expect(server.writes.isEmpty)
        #expect(server.user(1012) != nil)
    }
}
