import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2CustomFieldTests {
    private let user: JSONValue = ["customFields": [["id": 9, "value": "a@example.com"], ["id": 14, "value": .null]]]

    @Test func readsTheUsersValueById() {
        #expect(Net2CustomField(name: "Email", id: "9", value: "").current(in: user) == "a@example.com")
        #expect(Net2CustomField(name: "PersonnelNumber", id: "14", value: "").current(in: user) == "")
        #expect(Net2CustomField(name: "Title", id: "11", value: "").current(in: user) == "")
        #expect(Net2CustomField(name: "Title", id: "11", value: "").current(in: ["customFields": .null]) == "")
    }

    @Test func writesNet2sShape() {
        #expect(Net2CustomField(name: "Email", id: "9", value: "a@example.com").json == ["id": "9", "value": "a@example.com"])
    }
}
