import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2AccessEndpointsTests {
    @Test func listsAccessLevels() throws {
        let fixture = try Net2Fixture()
        let levels = try #require(fixture.send("GET", "/api/v1/accesslevels", token: try fixture.token()).json.arrayValue)
        #expect(levels.first == ["id": 1, "name": "All hours, all doors"])
        #expect(levels.contains(["id": 3, "name": "Working hours"]))
    }

    @Test func readsAndReplacesTheDoorPermissionSet() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let current = fixture.send("GET", "/api/v1/users/1012/doorpermissionset", token: token).json
        #expect(current == ["accessLevels": [3, 5], "individualPermissions": []])
        let put = fixture.send("PUT", "/api/v1/users/1012/doorpermissionset", json: ["accessLevels": [3, 5, "1", 1], "individualPermissions": []], token: token)
        #expect(put.status == 204)
        #expect(fixture.send("GET", "/api/v1/users/1012/doorpermissionset", token: token).json["accessLevels"] == [3, 5, 1])
    }

    @Test func missingUsersAre404AndBadSetsAre400() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("GET", "/api/v1/users/9999/doorpermissionset", token: token).status == 404)
        #expect(fixture.send("PUT", "/api/v1/users/9999/doorpermissionset", json: ["accessLevels": []], token: token).status == 404)
        let unknown = fixture.send("PUT", "/api/v1/users/1012/doorpermissionset", json: ["accessLevels": [42]], token: token)
        #expect(unknown.status == 400)
        #expect(unknown.json["ModelState"] == ["permissions.accessLevels[0]": ["There is no access level with id 42."]])
        #expect(fixture.send("PUT", "/api/v1/users/1012/doorpermissionset", json: ["accessLevels": 3], token: token).status == 400)
        #expect(fixture.send("PUT", "/api/v1/users/1012/doorpermissionset", json: ["individualPermissions": 3], token: token).status == 400)
        #expect(fixture.send("GET", "/api/v1/users/1012/doorpermissionset", token: token).json["accessLevels"] == [3, 5])
    }
}
