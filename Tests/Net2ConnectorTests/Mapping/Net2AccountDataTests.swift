import ConnectorRuntime
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2AccountDataTests {
    private let data = Net2AccountData([
        "Department": "SALES", "Id": "x", "MiddleName": "van", "Telephone": .null, "FirstName": "Jan", "LastName": "Dijk", "Pin": "1234",
        "Email": ["Id": "9", "Value": "jan@example.com"], "Title": ["Id": "", "Value": "ignored"],
        "PersonnelNumber": ["id": 14, "value": 100234],
    ])

    @Test func splitsDepartmentPropertiesAndCustomFields() {
        #expect(data.department == "SALES")
        #expect(data.properties.map(\.name) == ["FirstName", "Telephone", "LastName", "MiddleName", "Pin"])
        #expect(
            data.customFields == [
                Net2CustomField(name: "Email", id: "9", value: "jan@example.com"),
                Net2CustomField(name: "PersonnelNumber", id: "14", value: "100234"),
            ])
    }

    @Test func buildsTheCreateBody() {
        #expect(
            data.createBody(expiryDate: "2025-12-31") == [
                "FirstName": "Jan", "LastName": "Dijk", "MiddleName": "van", "Telephone": "", "Pin": "1234",
                "customFields": [["id": "9", "value": "jan@example.com"], ["id": "14", "value": "100234"]],
                "expiryDate": "2025-12-31",
            ])
    }
}
