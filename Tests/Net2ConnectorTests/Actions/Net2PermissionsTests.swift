import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2PermissionsTests {
    @Test func listsTheAccessLevels() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().retrievePermissions(server.action())
        #expect(output.success)
        #expect(output.permissions.count == 5)
        #expect(output.permissions[2] == RetrievedPermission(displayName: "Working hours", identification: ["Reference": 3]))
    }

    @Test func grantsOnceAndOnlyWritesWhenNeeded() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        let action = server.action(account: "1013", permission: 5, permissionName: "Server room")
        let granted = try await connector.grant(action, person: Net2People.jan)
        #expect(granted.auditLogs == [AuditLog(action: "GrantPermission", message: "Grant permission [Server room] was successful")])
        #expect(server.user(1013)?.accessLevels == [3, 5])
        let again = try await connector.grant(action, person: Net2People.jan)
        #expect(again.success)
        #expect(server.writes.count == 1)
    }

    @Test func revokesOnceAndOnlyWritesWhenNeeded() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        let action = server.action(account: "1012", permission: 5, permissionName: "Server room")
        let revoked = try await connector.revoke(action, person: Net2People.jan)
        #expect(revoked.messages == ["Revoke permission [Server room] was successful"])
        #expect(server.user(1012)?.accessLevels == [3])
        #expect(try await connector.revoke(action, person: Net2People.jan).success)
        #expect(server.writes.count == 1)
    }

    @Test func aMissingUserFailsAGrantButNotARevoke() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let action = server.action(account: "4040", permission: 5)
        let grant = try await server.connector().grant(action, person: Net2People.jan)
        #expect(!grant.success)
        let revoke = try await server.connector().revoke(action, person: Net2People.jan)
        #expect(revoke.success)
        #expect(grant.messages == revoke.messages)
    }

    @Test func needsThePermissionReference() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().grant(server.action(account: "1013"), person: Net2People.jan)
        #expect(output.messages == ["Could not grant Paxton-Net2 permission. Error: The permission reference could not be found"])
    }

    @Test func aDryRunDoesNotWrite() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let output = try await server.connector().grant(server.action(dryRun: true, account: "1013", permission: 5), person: Net2People.jan)
        #expect(output.messages == ["[DryRun] Grant Paxton-Net2 entitlement: [5], will be executed during enforcement"])
        #expect(server.writes.isEmpty)
    }
}
