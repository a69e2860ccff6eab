import ConnectorRuntime
import Net2Connector
import UnderstudyCore

/// Access levels as permissions: retrieve, grant (twice: the second writes nothing), revoke;
/// sub-permissions from contract locations (grant, update, revoke); then both imports.
enum Net2PermissionsScenario {
    static func run(_ context: ScenarioContext) async throws {
        try await Net2SuiteFixture.run(context) { fixture in
            let connector = fixture.connector()
            let sanne = Net2SuitePeople.sanne(locations: ["SUPPORT"])
            let permissions = try await connector.retrievePermissions(fixture.action())
            try fixture.expectSuccess(permissions, "retrieve permissions")
            try context.expect(
                permissions.permissions.count == 5, "expected the seed's 5 access levels, got \(permissions.permissions.count)")

            let serverRoom = fixture.action(account: "1013", permission: 5, permissionName: "Server room")
            try fixture.expectSuccess(try await connector.grant(serverRoom, person: sanne), "grant")
            try fixture.expectSuccess(try await connector.grant(serverRoom, person: sanne), "grant again")
            try fixture.expectSuccess(try await connector.revoke(serverRoom, person: sanne), "revoke")

            let granted = try await connector.subPermissions(
                fixture.action(account: "1013", operation: "grant"), person: Net2SuitePeople.sanne(locations: ["SUPPORT", "IT"]))
            try fixture.expectSuccess(granted, "sub-permissions grant")
            let updated = try await connector.subPermissions(
                fixture.action(account: "1013", operation: "update", currentPermissions: granted.subPermissions),
                person: Net2SuitePeople.sanne(locations: ["WAREHOUSE"]))
            try fixture.expectSuccess(updated, "sub-permissions update")
            let revoked = try await connector.subPermissions(
                fixture.action(account: "1013", operation: "revoke", currentPermissions: updated.subPermissions), person: sanne)
            try fixture.expectSuccess(revoked, "sub-permissions revoke")

            let accounts = try await connector.importAccounts(fixture.action())
            try context.expect(accounts.count == 6, "expected the seed's 6 accounts, imported \(accounts.count)")
            let memberships = try await connector.importPermissions(fixture.action())
            try context.expect(!memberships.isEmpty, "the permission import found no memberships")
        }
    }
}
