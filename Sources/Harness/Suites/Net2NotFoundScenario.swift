import ConnectorRuntime
import Net2Connector
import UnderstudyCore

/// Accounts that are not (or no longer) there: update, enable and grant fail; disable, delete
/// and revoke succeed, as HelloID's conventions ask.
enum Net2NotFoundScenario {
    static func run(_ context: ScenarioContext) async throws {
        try await Net2SuiteFixture.run(context) { fixture in
            let connector = fixture.connector()
            let sanne = Net2SuitePeople.sanne(locations: ["SUPPORT"])
            let deleted = try await connector.delete(fixture.action(account: "1013"), person: sanne)
            try fixture.expectSuccess(deleted, "delete of 1013")
            let update = try await connector.update(fixture.action(account: "1013"), person: sanne)
            try fixture.expectFailure(update, containing: "could not be found", "update of a deleted user")

            let missing = fixture.action(account: "4040", permission: 3, permissionName: "Working hours")
            let gone = Net2SuitePeople.person("404040", nick: "Gone", family: "Missing", department: "SALES", title: "None")
            try fixture.expectSuccess(try await connector.disable(missing, person: gone), "disable of a missing user")
            try fixture.expectSuccess(try await connector.delete(missing, person: gone), "delete of a missing user")
            try fixture.expectSuccess(try await connector.revoke(missing, person: gone), "revoke from a missing user")
            try fixture.expectFailure(try await connector.enable(missing, person: gone), containing: "could not be found", "enable")
            try fixture.expectFailure(try await connector.grant(missing, person: gone), containing: "could not be found", "grant")
        }
    }
}
