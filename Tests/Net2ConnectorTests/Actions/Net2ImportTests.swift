import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2ImportTests {
    @Test func importsEveryUserAsAnAccount() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let accounts = try await server.connector().importAccounts(server.action())
        #expect(accounts.map(\.accountReference) == ["1001", "1012", "1013", "1014", "1015", "1016"])
        let jan = accounts[1]
        #expect(jan.displayName == "Jan van Dijk")
        #expect(jan.userName == "jan.vandijk@example.com")
        #expect(jan.enabled)
        #expect(jan.data["PersonnelNumber"] == ["id": "14", "value": "100234"])
        #expect(accounts[4].enabled == false)
        #expect(accounts[5].userName == "1016")
        #expect(accounts[5].displayName == "Visitor Pass 1")
    }

    @Test func importsWhoHoldsEachAccessLevel() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let memberships = try await server.connector().importPermissions(server.action())
        #expect(
            memberships.map(\.permissionReference) == [
                ["Reference": 1], ["Reference": 2], ["Reference": 3], ["Reference": 4], ["Reference": 5],
            ])
        #expect(
            memberships[2]
                == ImportedPermission(
                    permissionReference: ["Reference": 3], displayName: "Working hours", description: "Working hours",
                    accountReferences: ["1012", "1013", "1014"]))
    }

    @Test func throwsAClearError() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        await #expect(
            throws: Net2Failure("Could not import Paxton-Net2 accounts. Error: invalid_grant: The user name or password is incorrect.")
        ) {
            try await server.connector().importAccounts(server.action(configuration: ["Password": "wrong"]))
        }
        await #expect(throws: ConfigurationError(key: "BaseUrl", reason: .missing)) {
            try await server.connector().importPermissions(ActionContext())
        }
    }
}
