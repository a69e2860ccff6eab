import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct JSONValueCaseInsensitiveLookupTests {
    @Test func prefersTheExactNameThenAnyCasing() {
        let user: JSONValue = ["firstName": "Jan", "FIRSTNAME": "other", "lastName": "Dijk"]
        #expect(user.member("firstName") == "Jan")
        #expect(user.member("LastName") == "Dijk")
        #expect(user.member("middleName") == nil)
        #expect(JSONValue.array([]).member("x") == nil)
    }

    @Test func followsAPathOfNames() {
        let person: JSONValue = ["Contact": ["Business": ["Email": "a@b.c"]]]
        #expect(person.value(atPath: ["contact", "business", "email"]) == "a@b.c")
        #expect(person.value(atPath: ["Contact", "Private", "Email"]) == nil)
        #expect(person.value(atPath: []) == person)
    }
}
