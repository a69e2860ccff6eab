import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct SourcePersonTests {
    /// A person as Loket's persons import emits it (abridged): raw employee fields, the three named
    /// fields, and a contract whose `DisplayName` is a number.
    static let loketSample = """
        {
          "id": "a7e0c1d2-1111-4e2a-9c3b-000000000101",
          "employeeNumber": 101,
          "personalDetails": { "firstName": "Susan", "lastName": "Bergen", "formattedName": "Wiel - van Bergen S.L. van de" },
          "ExternalId": "a7e0c1d2-1111-4e2a-9c3b-000000000101",
          "DisplayName": "Wiel - van Bergen S.L. van de",
          "Contracts": [
            { "id": "e1a2b3c4-2222-4f00-8000-000000001001", "startDate": "2019-03-01", "endDate": null,
              "Function": null, "Workinghours": [ { "id": "w1" }, { "id": "w2" } ],
              "ExternalId": "e1a2b3c4-2222-4f00-8000-000000001001", "DisplayName": 101,
              "Employer": { "Name": "Voorbeeld Zorg B.V.", "Code": 20720, "Id": "3f1c7a52-8d0e-4f6b-9a41-1b2c3d4e5f60" } }
          ]
        }
        """

    @Test func roundTripsLoketsPersonWithEveryRawField() throws {
        let person = try JSONFixture.decode(SourcePerson.self, Self.loketSample)
        #expect(person.externalId == "a7e0c1d2-1111-4e2a-9c3b-000000000101")
        #expect(person.displayName == "Wiel - van Bergen S.L. van de")
        #expect(person.contracts.first?["DisplayName"] == 101)
        #expect(person.fields["employeeNumber"] == 101)
        #expect(person.fields["ExternalId"] == nil)
        #expect(try JSONFixture.encode(person) == JSONFixture.parse(Self.loketSample))
    }

    @Test func acceptsNoContractsASingleContractAndANumericExternalId() throws {
        let none = try JSONFixture.decode(SourcePerson.self, #"{"ExternalId": 42, "DisplayName": "A", "Contracts": null}"#)
        #expect(none.externalId == "42")
        #expect(none.contracts.isEmpty)
        let single = try JSONFixture.decode(
            SourcePerson.self, #"{"ExternalId": "1", "DisplayName": "B", "Contracts": {"ExternalId": "c"}}"#)
        #expect(single.contracts == [["ExternalId": "c"]])
    }

    @Test func requiresAnExternalIdAndADisplayName() {
        #expect(throws: DecodingError.self) { try JSONFixture.decode(SourcePerson.self, #"{"DisplayName": "A"}"#) }
        #expect(throws: DecodingError.self) { try JSONFixture.decode(SourcePerson.self, #"{"ExternalId": "1", "DisplayName": {}}"#) }
        #expect(throws: DecodingError.self) { try JSONFixture.decode(SourcePerson.self, "[]") }
    }

    @Test func namedFieldsWinOverRawFieldsOfTheSameName() {
        let person = SourcePerson(externalId: "1", displayName: "A", fields: ["externalid": "stale", "email": "a@b.c"])
        #expect(person.jsonValue == ["ExternalId": "1", "DisplayName": "A", "Contracts": [], "email": "a@b.c"])
    }
}
