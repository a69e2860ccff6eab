import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct PersonContextTests {
    /// The V2 template's demo person, trimmed, with a manager and the differences of an update.
    static let sample = """
        {
          "Person": {
            "ExternalId": "123456789",
            "DisplayName": "Casey Bos",
            "Name": { "NickName": "Casey", "GivenName": "Casey", "FamilyName": "Bos", "FamilyNamePrefix": "Op 't",
                      "Convention": "PB", "Initials": "C.B" },
            "Details": { "BirthDate": "1955-02-25T20:05:16.2521853", "BirthLocality": "Zethuis" },
            "Contact": { "Business": { "Email": "C.Bos@example.com", "Phone": { "Fixed": "(9578) 089976" } } },
            "PrimaryContract": { "Department": { "DisplayName": "Legal", "ExternalId": "LEG" }, "Title": { "Name": "Central Web Engineer" },
                                 "StartDate": "2021-01-01T23:09:08.2863496", "EndDate": "2025-10-22T10:28:05.2085206" },
            "PrimaryManager": { "DisplayName": "Carl Dijk" },
            "Contracts": [ { "Department": { "ExternalId": "LEG" }, "Context": { "InConditions": true } } ],
            "Accounts": { "MicrosoftAzureAD": { "userPrincipalName": "casey.bos@example.com" } }
          },
          "Manager": { "ExternalId": "987", "DisplayName": "Carl Dijk" },
          "PersonDifferences": { "DisplayName": { "Change": "Updated", "New": "Casey Bos", "Old": "C. Bos" } }
        }
        """

    @Test func roundTripsTheDemoPerson() throws {
        let context = try JSONFixture.decode(PersonContext.self, Self.sample)
        #expect(context.manager?["DisplayName"] == "Carl Dijk")
        #expect(context.personDifferences?["DisplayName"]?["Change"] == "Updated")
        #expect(try JSONFixture.encode(context).isEquivalent(to: JSONFixture.parse(Self.sample)))
    }

    @Test func readsFieldsByHelloIDsDottedPaths() throws {
        let context = try JSONFixture.decode(PersonContext.self, Self.sample)
        #expect(context.value(at: "Person.ExternalId") == "123456789")
        #expect(context.value(at: "ExternalId") == "123456789")
        #expect(context.value(at: "person.primarycontract.department.externalid") == "LEG")
        #expect(context.value(at: "Accounts.MicrosoftAzureAD.userPrincipalName") == "casey.bos@example.com")
        #expect(context.value(at: "Person.Nothing.Here") == nil)
    }

    @Test func leavesOutAnUnsetManagerAndDifferences() throws {
        let context = PersonContext(person: ["ExternalId": "1"])
        #expect(try JSONFixture.encode(context) == ["Person": ["ExternalId": "1"]])
    }
}
