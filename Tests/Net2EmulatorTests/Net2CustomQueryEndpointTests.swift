import Net2Emulator
import Testing
import UnderstudyCore

/// Rows and URL decoding of `customquery/querydb`.
@Suite struct Net2CustomQueryEndpointTests {
    @Test func usersexRowCarriesTheViewColumns() throws {
        let fixture = try Net2Fixture()
        let target = "/api/v1/customquery/querydb?query=SELECT%20*%20From%20sdk.usersex%20WHERE%20field14_50=100234"
        let rows = try #require(fixture.send("GET", target, token: try fixture.token()).json.arrayValue)
        #expect(rows.count == 1)
        let row = rows[0]
        #expect(row["userID"] == 1012)
        #expect(row["FirstName"] == "Jan")
        #expect(row["MiddleName"] == "van")
        #expect(row["Surname"] == "Dijk")
        #expect(row["DepartmentID"] == 2)
        #expect(row["DepartmentName"] == "Sales")
        #expect(row["ActivateDate"] == "2026-03-01T00:00:00")
        #expect(row["ExpiryDate"] == .null)
        #expect(row["Field9_50"] == "jan.vandijk@example.com")
        #expect(row["Field14_50"] == "100234")
        #expect(row["Field1_100"] == .null)
        #expect(row["Field13_Memo"] == .null)
        #expect(row["Active"] == 0, "activated on 2026-03-01, after the clock's 2026-01-01")
    }

    @Test func activeFollowsTheDates() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let rowOf = { (number: String) in
            fixture.send("GET", "/api/v1/customquery/querydb?query=SELECT%20*%20FROM%20sdk.usersex%20WHERE%20field14_50=\(number)", token: token).json[0]
        }
        #expect(rowOf("100101")?["Active"] == 1)
        #expect(rowOf("100567")?["Active"] == 0, "expired on 2025-12-31")
    }

    @Test func noMatchIsAnEmptyArray() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let users = fixture.send("GET", "/api/v1/customquery/querydb?query=SELECT%20*%20FROM%20sdk.usersex%20WHERE%20field14_50=999999", token: token)
        #expect(users.status == 200 && users.json == [])
        let departments = fixture.send("GET", "/api/v1/customquery/querydb?query=SELECT%20*%20FROM%20sdk.departments%20WHERE%20departmentName=%27Nope%27", token: token)
        #expect(departments.status == 200 && departments.json == [])
    }

    @Test func formEncodedPlusMeansSpaceAndRawQuotesWork() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        let goStyle = fixture.send("GET", "/api/v1/customquery/querydb?query=SELECT+%2A+FROM+sdk.departments+WHERE+departmentName%3D%27Support%27", token: token)
        #expect(goStyle.json == [["departmentID": 3, "departmentName": "Support"]])
        let raw = fixture.send("GET", "/api/v1/customquery/querydb?query=SELECT%20*%20From%20sdk.departments%20WHERE%20departmentName='Uitdienst'", token: token)
        #expect(raw.json == [["departmentID": 7, "departmentName": "Uitdienst"]])
    }

    @Test func moreThanOneMatchingUserGivesSeveralRows() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        _ = fixture.send("PUT", "/api/v1/users/1016", json: ["customFields": [["id": 14, "value": "100234"]]], token: token)
        let rows = fixture.send("GET", "/api/v1/customquery/querydb?query=SELECT%20*%20FROM%20sdk.usersex%20WHERE%20field14_50=100234", token: token).json
        #expect(rows.arrayValue?.compactMap { $0["userID"]?.intValue } == [1012, 1016])
    }
}
