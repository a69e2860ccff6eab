import Net2Emulator
import Testing
import UnderstudyCore

@Suite struct Net2DepartmentEndpointsTests {
    @Test func listsDepartmentsInCreationOrder() throws {
        let fixture = try Net2Fixture()
        #expect(fixture.send("GET", "/api/v1/departments", token: try fixture.token()).json == [
            ["id": 0, "name": "None"], ["id": 1, "name": "Administration"], ["id": 2, "name": "Sales"],
            ["id": 3, "name": "Support"], ["id": 7, "name": "Uitdienst"],
        ])
    }

    @Test func userDepartmentIsAOneElementArray() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        #expect(fixture.send("GET", "/api/v1/users/1012/departments", token: token).json == [["id": 2, "name": "Sales"]])
        #expect(fixture.send("GET", "/api/v1/users/9999/departments", token: token).status == 404)
    }

    @Test func setsTheDepartmentFromEveryBodyTheConnectorSends() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let bodies: [(JSONValue, JSONValue)] = [
            (["Id": 3, "Name": "Support"], 3), (["id": "0"], 0), (["id": 7], 7), (["name": "sales"], 2), ([["Id": 1]], 1),
        ]
        for (body, expected) in bodies {
            #expect(fixture.send("PUT", "/api/v1/users/1012/departments", json: body, token: token).status == 204)
            #expect(fixture.send("GET", "/api/v1/users/1012/departments", token: token).json[0]?["id"] == expected)
        }
    }

    @Test func refusesUnknownDepartmentsAndBadBodies() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let unknown = fixture.send("PUT", "/api/v1/users/1012/departments", json: ["Id": 99], token: token)
        #expect(unknown.status == 400)
        #expect(unknown.json == ["Message": "Department not found."])
        #expect(fixture.send("PUT", "/api/v1/users/1012/departments", json: ["Id": "x"], token: token).status == 400)
        #expect(fixture.send("PUT", "/api/v1/users/1012/departments", json: ["other": 1], token: token).status == 400)
        #expect(fixture.send("PUT", "/api/v1/users/9999/departments", json: ["Id": 1], token: token).status == 404)
        #expect(fixture.send("GET", "/api/v1/users/1012/departments", token: token).json[0]?["id"] == 2)
    }
}
