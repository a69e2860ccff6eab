import ConnectorRuntime
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2DefaultMappingTests {
    @Test func mapsThePersonAsTheOriginalFieldMappingDoes() {
        let data = Net2DefaultMapping.data(for: Net2People.eva)
        #expect(
            data == [
                "Department": "SUPPORT", "FirstName": "Eva", "LastName": "Vries", "MiddleName": "de", "Telephone": "+31 30 123 4599",
                "Email": ["Id": "9", "Value": "eva.devries@example.com"], "PersonnelNumber": ["Id": "14", "Value": "200001"],
                "Title": ["Id": "11", "Value": "Service engineer"],
            ])
    }

    @Test func leavesMissingPersonFieldsNull() {
        let data = Net2DefaultMapping.data(for: Net2People.noah)
        #expect(data["Telephone"] == .null)
        #expect(data["Email"] == ["Id": "9", "Value": .null])
    }

    @Test func prefersTheDataHelloIDMapped() {
        let mapped: JSONValue = ["Department": "IT", "FirstName": "Mapped", "PersonnelNumber": ["Id": "12", "Value": "7"]]
        let data = Net2DefaultMapping.accountData(ActionContext(data: mapped), person: Net2People.eva)
        #expect(data.department == "IT")
        #expect(data.properties.map(\.name) == ["FirstName"])
        #expect(data.customFields == [Net2CustomField(name: "PersonnelNumber", id: "12", value: "7")])
        #expect(Net2DefaultMapping.accountData(ActionContext(), person: Net2People.eva).department == "SUPPORT")
    }
}
