import Foundation
import MicroHTTP
import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2UserEndpointsTests {
    @Test func listsAllUsersAsAPlainArray() throws {
        let fixture = try Net2Fixture()
        let response = fixture.send("GET", "/api/v1/users", token: try fixture.token())
        #expect(response.status == 200)
        let ids = try #require(response.json.arrayValue).compactMap { $0["id"]?.intValue }
        #expect(ids == [1001, 1012, 1013, 1014, 1015, 1016])
    }

    @Test func readsOneUserInTheDocumentedShape() throws {
        let fixture = try Net2Fixture()
        let user = fixture.send("GET", "/api/v1/users/1012", token: try fixture.token()).json
        #expect(user["id"] == 1012)
        #expect(user["firstName"] == "Jan")
        #expect(user["middleName"] == "van")
        #expect(user["lastName"] == "Dijk")
        #expect(user["telephone"] == "+31 30 123 4567")
        #expect(user["activateDate"] == "2026-03-01T00:00:00")
        #expect(user["expiryDate"] == .null)
        #expect(user["hasImage"] == false)
        #expect(user["customFields"] == [["id": 9, "value": "jan.vandijk@example.com"], ["id": 14, "value": "100234"]])
    }

    @Test func unknownOrNonNumericIDsAre404() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        for path in ["/api/v1/users/9999", "/api/v1/users/abc"] {
            let response = fixture.send("GET", path, token: token)
            #expect(response.status == 404)
            #expect(response.json == ["Message": "User not found."])
        }
    }

    @Test func createsFromTheConnectorsBody() throws {
        let fixture = try Net2Fixture()
        let body: JSONValue = [
            "FirstName": "Kees", "LastName": "Visser", "MiddleName": "", "Telephone": "+31 10 000 0000",
            "customFields": [["id": "9", "value": "kees.visser@example.com"], ["id": "14", "value": "200001"], ["id": "14", "value": "200001"]],
            "expiryDate": "31-12-2025",
        ]
        let response = fixture.send("POST", "/api/v1/users", json: body, token: try fixture.token())
        #expect(response.status == 200)
        let created = response.json
        #expect(created["id"] == 1017)
        #expect(created["firstName"] == "Kees")
        #expect(created["expiryDate"] == "2025-12-31T00:00:00")
        #expect(created["activateDate"] == "2026-01-01T00:00:00")
        #expect(created["customFields"] == [["id": 9, "value": "kees.visser@example.com"], ["id": 14, "value": "200001"]])
        #expect(fixture.emulator.users.last?.departmentId == 0)
    }

    @Test func createRefusesBodiesThatDoNotBind() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let cases: [(JSONValue, String)] = [
            (["FirstName": "A", "expiryDate": "someday"], "user.expiryDate"),
            (["FirstName": "A", "customFields": [["id": "x", "value": "1"]]], "user.customFields[0].id"),
            (["FirstName": "A", "customFields": [["id": 99, "value": "1"]]], "user.customFields[0].id"),
            (["FirstName": "A", "customFields": "nope"], "user.customFields"),
            (["FirstName": ["A"]], "user.firstName"),
            (["Telephone": "1"], "user"),
            (["A", "B"], "user"),
        ]
        for (body, field) in cases {
            let response = fixture.send("POST", "/api/v1/users", json: body, token: token)
            #expect(response.status == 400, "\(body.serialized())")
            #expect(response.json["Message"] == "The request is invalid.")
            #expect(response.json["ModelState"]?[field] != nil, "\(body.serialized()) → \(response.bodyText)")
        }
        #expect(fixture.emulator.users.count == 6)
    }

    @Test func updateMergesAndIgnoresNullCustomFieldSlots() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let body: JSONValue = [
            "Id": "1012", "LastName": "Dijkstra", "expiryDate": "2026-12-31T00:00:00",
            "customFields": [nil, ["id": "11", "value": "Developer"], nil],
        ]
        let response = fixture.send("PUT", "/api/v1/users/1012", json: body, token: token)
        #expect(response.status == 200)
        let user = fixture.send("GET", "/api/v1/users/1012", token: token).json
        #expect(user["firstName"] == "Jan")
        #expect(user["lastName"] == "Dijkstra")
        #expect(user["expiryDate"] == "2026-12-31T00:00:00")
        #expect(user["customFields"] == [["id": 9, "value": "jan.vandijk@example.com"], ["id": 11, "value": "Developer"], ["id": 14, "value": "100234"]])
    }

    @Test func omittedExpiryDateOnUpdateClearsIt() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("GET", "/api/v1/users/1015", token: token).json["expiryDate"] == "2025-12-31T00:00:00")
        #expect(fixture.send("PUT", "/api/v1/users/1015", json: ["id": "1015", "FirstName": "Lisa"], token: token).json["expiryDate"] == .null)
    }

    @Test func enableAndDisableBodies() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let disabled = fixture.send("PUT", "/api/v1/users/1013", json: ["id": "1013", "expiryDate": "3/22/2026"], token: token)
        #expect(disabled.json["expiryDate"] == "2026-03-22T00:00:00")
        let enabled = fixture.send("PUT", "/api/v1/users/1013", json: ["id": "1013", "expiryDate": nil, "activateDate": "23-3-2026"], token: token)
        #expect(enabled.json["expiryDate"] == .null)
        #expect(enabled.json["activateDate"] == "2026-03-23T00:00:00")
    }

    @Test func updateOfMissingUserIs404AndBadBodyIs400() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("PUT", "/api/v1/users/4242", json: ["FirstName": "X"], token: token).status == 404)
        #expect(fixture.send("PUT", "/api/v1/users/1012", json: ["expiryDate": 5], token: token).status == 400)
    }

    @Test func deleteRemovesTheUserAndIgnoresTheBody() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("DELETE", "/api/v1/users/1016", json: ["id": "1016"], token: token).status == 204)
        #expect(fixture.send("GET", "/api/v1/users/1016", token: token).status == 404)
        #expect(fixture.send("DELETE", "/api/v1/users/1016", token: token).status == 404)
    }

    @Test func customFieldNames() throws {
        let fixture = try Net2Fixture()
        let fields = try #require(fixture.send("GET", "/api/v1/users/customfieldnames", token: try fixture.token()).json.arrayValue)
        #expect(fields.count == 14)
        #expect(fields.contains(["id": 9, "name": "Email", "type": 0, "maxLength": 50]))
        #expect(fields.contains(["id": 14, "name": "Personnel number", "type": 0, "maxLength": 50]))
    }
}
