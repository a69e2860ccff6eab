import Foundation
import Net2Emulator
import Testing
import UnderstudyCore

/// The statement shapes `customquery/querydb` accepts, and the clear 400 for everything else.
@Suite struct Net2CustomQueryTests {
    private func query(_ fixture: Net2Fixture, _ sql: String, token: String) -> (status: Int, body: JSONValue) {
        let encoded = sql.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&+=")))!
        let response = fixture.send("GET", "/api/v1/customquery/querydb?query=\(encoded)", token: token)
        return (response.status, response.json)
    }

    @Test(arguments: [
        "SELECT * From sdk.usersex WHERE field14_50=100234",
        "select * from SDK.USERSEX where FIELD14_50 = 100234;",
        "SELECT * FROM [sdk].[usersex] WHERE [Field14_50]='100234'",
        "  SELECT  *  FROM  sdk.usersex  WHERE  field14_50=0100234  ",
    ])
    func correlationStatementShapes(sql: String) throws {
        let fixture = try Net2Fixture()
        let (status, body) = query(fixture, sql, token: try fixture.token())
        #expect(status == 200)
        #expect(body.arrayValue?.map { $0["userID"] } == [1012])
    }

    @Test(arguments: [
        "SELECT * From sdk.departments WHERE departmentName='Sales'",
        "select * from sdk.departments where DEPARTMENTNAME = 'sales  '",
    ])
    func departmentStatementShapes(sql: String) throws {
        let fixture = try Net2Fixture()
        let (status, body) = query(fixture, sql, token: try fixture.token())
        #expect(status == 200)
        #expect(body == [["departmentID": 2, "departmentName": "Sales"]])
    }

    @Test(arguments: [
        ("SELECT * FROM sdk.users", "Only these statements are emulated: SELECT * FROM sdk.usersex WHERE Field{id}_{size}=<value> and SELECT * FROM sdk.departments WHERE departmentName='<name>'."),
        ("DELETE FROM sdk.usersex WHERE field14_50=1", "Only these statements are emulated: SELECT * FROM sdk.usersex WHERE Field{id}_{size}=<value> and SELECT * FROM sdk.departments WHERE departmentName='<name>'."),
        ("SELECT * FROM sdk.usersex WHERE field14_50=abc", "Invalid column name 'abc'."),
        ("SELECT * FROM sdk.usersex WHERE field1_50='x'", "Invalid column name 'field1_50'."),
        ("SELECT * FROM sdk.usersex WHERE surname='Dijk'", "Only Field{id}_{size} columns can be queried in sdk.usersex; got 'surname'."),
        ("SELECT * FROM sdk.departments WHERE departmentName=2", "departmentName must be compared with a quoted string."),
        ("SELECT * FROM sdk.departments WHERE departmentID=2", "Only departmentName can be queried in sdk.departments; got 'departmentID'."),
        ("SELECT * FROM sdk.departments WHERE departmentName='Sales", "Unclosed quotation mark after the character string 'Sales'."),
        ("SELECT * FROM dbo.operators WHERE name='x'", "Invalid object name 'dbo.operators'. Only sdk.usersex and sdk.departments are emulated."),
    ])
    func otherStatementsAreAClear400(sql: String, message: String) throws {
        let fixture = try Net2Fixture()
        let (status, body) = query(fixture, sql, token: try fixture.token())
        #expect(status == 400)
        #expect(body == ["Message": .string(message)])
    }

    @Test func missingQueryIsA400() throws {
        let fixture = try Net2Fixture()
        let token = try fixture.token()
        for target in ["/api/v1/customquery/querydb", "/api/v1/customquery/querydb?query=", "/api/v1/customquery/querydb?q=1"] {
            let response = fixture.send("GET", target, token: token)
            #expect(response.status == 400)
            #expect(response.json == ["Message": "The query parameter 'query' is required."])
        }
    }
}
