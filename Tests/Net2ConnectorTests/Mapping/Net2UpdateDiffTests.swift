import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2UpdateDiffTests {
    private let existing: JSONValue = [
        "id": 1012, "firstName": "Jan", "middleName": "van", "lastName": "Dijk", "telephone": "", "expiryDate": .null,
        "customFields": [["id": 9, "value": "jan@example.com"], ["id": 14, "value": "100234"]],
    ]

    private func desired(_ changes: [String: JSONValue] = [:]) -> Net2AccountData {
        var data: [String: JSONValue] = [
            "Department": "SALES", "FirstName": "Jan", "MiddleName": "van", "LastName": "Dijk", "Telephone": .null,
            "Email": ["Id": "9", "Value": "jan@example.com"], "PersonnelNumber": ["Id": "14", "Value": "100234"],
        ]
        for (key, value) in changes { data[key] = value }
        return Net2AccountData(.object(data))
    }

    @Test func seesNoChangeIgnoringCaseAndEmptyAgainstNull() {
        let diff = Net2UpdateDiff(reference: "1012", existing: existing, desired: desired(["FirstName": "JAN"]))
        #expect(diff.changed.isEmpty)
        #expect(diff.body == nil)
        #expect(diff.projected == existing)
    }

    @Test func sendsOnlyTheChangedPropertiesWithTheReference() {
        let diff = Net2UpdateDiff(reference: "1012", existing: existing, desired: desired(["FirstName": "Johannes", "Telephone": "+31 6"]))
        #expect(diff.changed == ["FirstName", "Telephone"])
        #expect(diff.body == ["Id": "1012", "FirstName": "Johannes", "Telephone": "+31 6"])
        #expect(diff.projected["firstName"] == "Johannes")
    }

    @Test func keepsTheExpiryDateOfADisabledUser() {
        var disabled = existing.objectValue!
        disabled["expiryDate"] = "2025-12-31T00:00:00"
        let diff = Net2UpdateDiff(reference: "1012", existing: .object(disabled), desired: desired(["LastName": "Dijkstra"]))
        #expect(diff.body == ["Id": "1012", "expiryDate": "2025-12-31T00:00:00", "LastName": "Dijkstra"])
    }

    @Test func sendsChangedCustomFieldsInThreeSlots() {
        let diff = Net2UpdateDiff(
            reference: "1012", existing: existing, desired: desired(["PersonnelNumber": ["Id": "14", "Value": "100999"]]))
        #expect(diff.changed == ["PersonnelNumber"])
        #expect(diff.body == ["Id": "1012", "customFields": [.null, .null, ["id": "14", "value": "100999"]]])
        #expect(diff.projected["customFields"] == [["id": 9, "value": "jan@example.com"], ["id": 14, "value": "100999"]])
    }

    /// The original never reported a custom field as changed when the user's field was missing or
    /// empty, so a title or email added later never reached Net2.
    @Test func fillsACustomFieldTheUserDoesNotHaveYet() {
        let diff = Net2UpdateDiff(
            reference: "1012", existing: existing, desired: desired(["Title": ["Id": "11", "Value": "Account manager"]]))
        #expect(diff.changed == ["Title"])
        #expect(diff.body == ["Id": "1012", "customFields": [.null, ["id": "11", "value": "Account manager"], .null]])
    }

    @Test func fillsACustomFieldWhoseValueIsEmpty() {
        var user = existing.objectValue!
        user["customFields"] = [["id": 9, "value": ""]]
        let diff = Net2UpdateDiff(
            reference: "1012", existing: .object(user), desired: desired(["PersonnelNumber": ["Id": "14", "Value": .null]]))
        #expect(diff.changed == ["Email"])
        #expect(diff.body?["customFields"] == [["id": "9", "value": "jan@example.com"], .null, .null])
    }

    @Test func clearsACustomFieldThatShouldBeEmpty() {
        let diff = Net2UpdateDiff(reference: "1012", existing: existing, desired: desired(["Email": ["Id": "9", "Value": .null]]))
        #expect(diff.changed == ["Email"])
        #expect(diff.body?["customFields"] == [["id": "9", "value": ""], .null, .null])
        #expect(diff.projected["customFields"] == [["id": 14, "value": "100234"]])
    }
}
