import Foundation
import Net2Emulator
import Testing
import UnderstudyCore

/// The request sequence of each script of the HelloID Net2 connector (net2.md §5), answered
/// with the fields the script reads. Queries are encoded the way .NET's `Uri` encodes the raw SQL.
@Suite struct Net2ConnectorScriptTests {
    private static let archivedDepartmentID = 7

    private func querydb(_ sql: String) -> String {
        "/api/v1/customquery/querydb?query=" + sql.replacingOccurrences(of: " ", with: "%20")
    }

    @Test func createCorrelatesAnExistingAccount() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let rows = try #require(fixture.send("GET", querydb("SELECT * From sdk.usersex WHERE field14_50=100234"), token: token).json.arrayValue)
        #expect(rows.count == 1)
        #expect(rows[0]["userID"] == 1012)
    }

    @Test func createMakesANewDisabledAccountInTheMappedDepartment() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("GET", querydb("SELECT * From sdk.usersex WHERE field14_50=200002"), token: token).json == [])
        let departments = try #require(
            fixture.send("GET", querydb("SELECT * From sdk.departments WHERE departmentName='Sales'"), token: token).json.arrayValue)
        let department = try #require(departments.first)
        let account: JSONValue = [
            "FirstName": "Kees", "LastName": "Visser", "MiddleName": "", "Telephone": "+31 10 123 0000",
            "customFields": [["id": "9", "value": "kees.visser@example.com"], ["id": "14", "value": "200002"], ["id": "14", "value": "Developer"]],
            "expiryDate": "31-12-2025",
        ]
        let created = fixture.send("POST", "/api/v1/users", json: account, token: token)
        let reference = try #require(created.json["id"]?.intValue)
        let put = fixture.send(
            "PUT", "/api/v1/users/\(reference)/departments",
            json: ["Id": department["departmentID"]!, "Name": department["departmentName"]!], token: token)
        #expect(put.status == 204)
        let user = fixture.send("GET", "/api/v1/users/\(reference)", token: token).json
        #expect(user["expiryDate"] == "2025-12-31T00:00:00", "created already expired")
        #expect(user["customFields"] == [["id": 9, "value": "kees.visser@example.com"], ["id": 14, "value": "Developer"]],
            "the default mapping's Title shares slot 14 and wins, as on a real server")
        #expect(fixture.send("GET", "/api/v1/users/\(reference)/departments", token: token).json[0]?["name"] == "Sales")
    }

    @Test func updateSendsOnlyChangesAndKeepsTheExpiryDate() throws {
        let fixture = try Net2Fixture()
        _ = try fixture.emulator.applyProviderState(name: "user 1013 exists", params: ["expiryDate": "2026-06-30T00:00:00"], action: .setup)
        let token = try fixture.token()
        let existing = fixture.send("GET", "/api/v1/users/1013", token: token)
        #expect(existing.status == 200)
        let currentDepartment = fixture.send("GET", "/api/v1/users/1013/departments", token: token).json[0]?["name"]
        #expect(currentDepartment == "Support")
        let mapped = try #require(fixture.send("GET", querydb("SELECT * From sdk.departments WHERE departmentName='Sales'"), token: token).json[0])
        let body: JSONValue = [
            "Id": "1013", "expiryDate": existing.json["expiryDate"]!, "LastName": "Bakker-de Wit",
            "customFields": [["id": "9", "value": "sanne.dewit@example.com"], nil, nil],
        ]
        #expect(fixture.send("PUT", "/api/v1/users/1013", json: body, token: token).status == 200)
        #expect(fixture.send("PUT", "/api/v1/users/1013/departments", json: ["Id": mapped["departmentID"]!, "Name": mapped["departmentName"]!], token: token).status == 204)
        let user = fixture.send("GET", "/api/v1/users/1013", token: token).json
        #expect(user["lastName"] == "Bakker-de Wit")
        #expect(user["expiryDate"] == "2026-06-30T00:00:00")
        #expect(user["customFields"] == [["id": 9, "value": "sanne.dewit@example.com"], ["id": 14, "value": "100345"]])
        #expect(fixture.send("GET", "/api/v1/users/1013/departments", token: token).json == [["id": 2, "name": "Sales"]])
    }

    @Test func updateEnableDisableDeleteSeeAMissingAccountAs404() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("GET", "/api/v1/users/424242", token: token).status == 404)
    }

    @Test func disableThenEnable() throws {
        let fixture = try Net2Fixture()
        var token = try fixture.token()
        #expect(fixture.send("GET", "/api/v1/users/1012", token: token).status == 200)
        #expect(fixture.send("PUT", "/api/v1/users/1012", json: ["id": "1012", "expiryDate": "31-12-2025"], token: token).status == 200)
        #expect(fixture.send("PUT", "/api/v1/users/1012/departments", json: ["id": .integer(Int64(Self.archivedDepartmentID))], token: token).status == 204)
        #expect(fixture.send("GET", "/api/v1/users", token: token).json.arrayValue?.first { $0["id"] == 1012 }?["expiryDate"] != .null)

        token = try fixture.token()
        #expect(fixture.send("GET", "/api/v1/users/1012", token: token).status == 200)
        let department = try #require(fixture.send("GET", "/api/v1/users/1012/departments", token: token).json[0]?["id"]?.intValue)
        #expect(department == Self.archivedDepartmentID)
        #expect(fixture.send("PUT", "/api/v1/users/1012", json: ["id": "1012", "expiryDate": nil, "activateDate": "1-1-2026"], token: token).status == 200)
        #expect(fixture.send("PUT", "/api/v1/users/1012/departments", json: ["id": "0"], token: token).status == 204)
        let user = fixture.send("GET", "/api/v1/users/1012", token: token).json
        #expect(user["expiryDate"] == .null)
        #expect(user["activateDate"] == "2026-01-01T00:00:00")
        #expect(fixture.send("GET", "/api/v1/users/1012/departments", token: token).json == [["id": 0, "name": "None"]])
    }

    @Test func delete() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("GET", "/api/v1/users/1014", token: token).status == 200)
        #expect(fixture.send("DELETE", "/api/v1/users/1014", json: ["id": "1014"], token: token).status == 204)
        #expect(fixture.send("GET", "/api/v1/users/1014", token: token).status == 404)
    }

    @Test func permissionsListsAccessLevels() throws {
        let fixture = try Net2Fixture()
        let levels = try #require(fixture.send("GET", "/api/v1/accesslevels", token: try fixture.token()).json.arrayValue)
        #expect(levels.allSatisfy { $0["id"]?.intValue != nil && $0["name"]?.stringValue != nil })
    }

    @Test func grantAndRevokePermission() throws {
        let fixture = try Net2Fixture()
        var token = try fixture.token()
        var set = fixture.send("GET", "/api/v1/users/1013/doorpermissionset", token: token).json
        var levels = try #require(set["accessLevels"]?.arrayValue)
        #expect(!levels.contains(5))
        levels.append(5)
        set = ["accessLevels": .array(levels), "individualPermissions": set["individualPermissions"]!]
        #expect(fixture.send("PUT", "/api/v1/users/1013/doorpermissionset", json: set, token: token).status == 204)

        token = try fixture.token()
        set = fixture.send("GET", "/api/v1/users/1013/doorpermissionset", token: token).json
        #expect(set["accessLevels"] == [3, 5])
        set = ["accessLevels": .array(try #require(set["accessLevels"]?.arrayValue).filter { $0 != 5 }), "individualPermissions": []]
        #expect(fixture.send("PUT", "/api/v1/users/1013/doorpermissionset", json: set, token: token).status == 204)
        #expect(fixture.send("GET", "/api/v1/users/1013/doorpermissionset", token: token).json["accessLevels"] == [3])
        #expect(fixture.send("GET", "/api/v1/users/424242/doorpermissionset", token: token).status == 404)
    }

    @Test func subPermissionsReplacesTheSetByAccessLevelName() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let byName = Dictionary(uniqueKeysWithValues: try #require(fixture.send("GET", "/api/v1/accesslevels", token: token).json.arrayValue)
            .map { ($0["name"]!.stringValue!, $0["id"]!) })
        let desired = [byName["Reception"]!, byName["Warehouse"]!]
        var set = fixture.send("GET", "/api/v1/users/1014/doorpermissionset", token: token).json
        set = ["accessLevels": .array(desired), "individualPermissions": set["individualPermissions"]!]
        #expect(fixture.send("PUT", "/api/v1/users/1014/doorpermissionset", json: set, token: token).status == 204)
        #expect(fixture.send("GET", "/api/v1/users/1014/doorpermissionset", token: token).json["accessLevels"] == [2, 4])
    }

    @Test func importReadsEveryAccount() throws {
        let fixture = try Net2Fixture()
        fixture.clock.advance(by: .seconds(4))
        let users = try #require(fixture.send("GET", "/api/v1/users", token: try fixture.token()).json.arrayValue)
        let records = users.map { user -> (reference: Int?, name: String, enabled: Bool) in
            let name = ["firstName", "middleName", "lastName"].compactMap { user[$0]?.stringValue }.filter { !$0.isEmpty }
            return (user["id"]?.intValue, name.joined(separator: " "), user["expiryDate"] == .null)
        }
        #expect(records.count == 6)
        #expect(records.contains { $0.reference == 1012 && $0.name == "Jan van Dijk" && $0.enabled })
        #expect(records.contains { $0.reference == 1015 && !$0.enabled })
    }

    @Test func importPermissionsReadsEverySet() throws {
        let fixture = try Net2Fixture()
        fixture.clock.advance(by: .seconds(2))
        let token = try fixture.token()
        let users = try #require(fixture.send("GET", "/api/v1/users", token: token).json.arrayValue)
        let levels = try #require(fixture.send("GET", "/api/v1/accesslevels", token: token).json.arrayValue)
        var pairs = 0
        for user in users {
            let set = fixture.send("GET", "/api/v1/users/\(user["id"]!.intValue!)/doorpermissionset", token: token).json
            for level in set["accessLevels"]?.arrayValue ?? [] {
                #expect(levels.contains { $0["id"] == level })
                pairs += 1
            }
        }
        #expect(pairs == 7)
    }
}
