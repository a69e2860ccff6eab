import Testing

@testable import Net2Connector

@Suite struct Net2QueryTests {
    @Test func correlatesOnTheCustomFieldColumn() {
        #expect(Net2Query.usersByCustomField(id: "14", value: "100234") == "SELECT * From sdk.usersex WHERE Field14_50=100234")
    }

    @Test func quotesValuesThatAreNotDigits() {
        #expect(
            Net2Query.usersByCustomField(id: "9", value: "o'neill@example.com")
                == "SELECT * From sdk.usersex WHERE Field9_50='o''neill@example.com'")
        #expect(Net2Query.departments(named: "Sales") == "SELECT * From sdk.departments WHERE departmentName='Sales'")
        #expect(Net2Query.departments(named: "1") == "SELECT * From sdk.departments WHERE departmentName='1'")
    }

    @Test(arguments: [
        ("1", "Field1_100"), ("2", "Field2_100"), ("6", "Field6_60"), ("7", "Field7_60"), ("13", "Field13_Memo"), ("12", "Field12_50"),
    ])
    func namesColumnsAsUsersExDoes(_ id: String, _ column: String) {
        #expect(Net2Query.customFieldColumn(id) == column)
    }
}
