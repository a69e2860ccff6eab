import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2SubPermissionsTests {
    private func sanne(_ locations: [String]) -> PersonContext {
        Net2People.person(
            externalID: "100345", nick: "Sanne", family: "Bakker", prefix: nil, department: "SUPPORT", email: nil, phone: nil,
            title: "Engineer", locations: locations)
    }

    @Test func grantsTheAccessLevelsOfTheContractsLocations() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().subPermissions(
            server.action(account: "1013", operation: "grant"), person: sanne(["SUPPORT", "IT", "SALES"]))
        #expect(output.success, "\(output.messages)")
        #expect(
            output.subPermissions == [
                SubPermission(displayName: "Working hours", reference: ["Id": "3"]),
                SubPermission(displayName: "Server room", reference: ["Id": "5"]),
            ])
        #expect(
            output.messages == [
                "Permission - [Working hours] was not added to permissionlist as permission already exists on user",
                "Permission - [Server room] was added to permissionlist",
            ])
        #expect(server.user(1013)?.accessLevels == [3, 5])
    }

    @Test func removesWhatIsNoLongerDesiredInOneWrite() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let current = [
            SubPermission(displayName: "Working hours", reference: ["Id": "3"]),
            SubPermission(displayName: "Server room", reference: ["Id": "5"]),
        ]
        let output = try await server.connector().subPermissions(
            server.action(account: "1012", operation: "update", currentPermissions: current), person: sanne(["WAREHOUSE"]))
        #expect(output.subPermissions == [SubPermission(displayName: "Warehouse", reference: ["Id": "4"])])
        #expect(
            output.messages == [
                "Permission - [Warehouse] was added to permissionlist", "Permission - [Working hours] was removed from permissionlist",
                "Permission - [Server room] was removed from permissionlist",
            ])
        #expect(server.user(1012)?.accessLevels == [4])
        #expect(server.writes.count == 1)
    }

    @Test func revokesEverythingGrantedBefore() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let current = [SubPermission(displayName: "Working hours", reference: ["Id": "3"])]
        let output = try await server.connector().subPermissions(
            server.action(account: "1013", operation: "revoke", currentPermissions: current), person: sanne(["SUPPORT"]))
        #expect(output.success)
        #expect(output.subPermissions.isEmpty)
        #expect(server.user(1013)?.accessLevels == [])
    }

    @Test func reportsThePlaceholderWhenNothingIsDesired() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        var person = sanne(["SUPPORT"])
        person.person =
            person.person.objectValue.map {
                var members = $0
                members["Contracts"] = []
                return .object(members)
            } ?? [:]
        let output = try await server.connector().subPermissions(server.action(account: "1013", operation: "grant"), person: person)
        #expect(output.success)
        #expect(output.subPermissions == [SubPermission(displayName: "No Groups Defined", reference: ["Id": "No Groups Defined"])])
        #expect(server.writes.isEmpty)
    }

    @Test func aMissingUserFailsUnlessRevoking() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let grant = try await server.connector().subPermissions(server.action(account: "4040", operation: "grant"), person: sanne(["IT"]))
        #expect(!grant.success)
        let revoke = try await server.connector().subPermissions(server.action(account: "4040", operation: "revoke"), person: sanne(["IT"]))
        #expect(revoke.success)
    }

    @Test func aDryRunDoesNotWrite() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().subPermissions(
            server.action(dryRun: true, account: "1013", operation: "grant"), person: sanne(["IT"]))
        #expect(output.messages == ["[DryRun] Permission - [Server room] would be added to permissionlist"])
        #expect(server.writes.isEmpty)
    }
}
