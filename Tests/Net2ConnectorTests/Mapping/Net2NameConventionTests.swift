import ConnectorRuntime
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2NameConventionTests {
    private func names(_ convention: String?, partnerPrefix: String? = "de") -> Net2NameConvention {
        var name: [String: JSONValue] = ["FamilyName": "Boele", "FamilyNamePrefix": "van den", "FamilyNamePartner": "Vries"]
        if let convention { name["Convention"] = .string(convention) }
        if let partnerPrefix { name["FamilyNamePartnerPrefix"] = .string(partnerPrefix) }
        return Net2NameConvention(person: PersonContext(person: ["Name": .object(name)]))
    }

    @Test(arguments: [
        ("B", "Boele", "van den"), ("BP", "Boele - de Vries", "van den"), ("P", "Vries", "de"),
        ("PB", "Vries - van den Boele", "de"), ("X", "Boele", "van den"),
    ])
    func followsTheNamingConvention(_ convention: String, _ lastName: String, _ middleName: String) {
        #expect(names(convention).lastName == lastName)
        #expect(names(convention).middleName == middleName)
    }

    @Test func leavesOutMissingParts() {
        #expect(names(nil).lastName == "Boele")
        #expect(names("BP", partnerPrefix: nil).lastName == "Boele - Vries")
        #expect(names("P", partnerPrefix: nil).middleName == "")
    }
}
