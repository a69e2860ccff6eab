import EmulatorCore
import Testing
import UnderstudyCore

@Suite struct LenientJSONTests {
    @Test func membersMatchInAnyCase() {
        let object = CaseInsensitiveObject(["FirstName": "Jan", "expiryDate": nil])
        #expect(object["firstname"] == "Jan")
        #expect(object["FIRSTNAME"] == "Jan")
        #expect(object.contains("ExpiryDate"))
        #expect(object["ExpiryDate"] == .null)
        #expect(object["lastName"] == nil)
    }

    @Test func keysDifferingOnlyInCaseResolveTheSameWayEveryTime() {
        #expect(CaseInsensitiveObject(["id": 1, "Id": 2])["ID"] == 1)
    }

    @Test func lenientConversions() {
        #expect(JSONValue.string(" 14 ").lenientInt == 14)
        #expect(JSONValue.integer(9).lenientInt == 9)
        #expect(JSONValue.double(9.0).lenientInt == 9)
        #expect(JSONValue.string("x").lenientInt == nil)
        #expect(JSONValue.integer(100234).lenientString == "100234")
        #expect(JSONValue.bool(true).lenientString == "true")
        #expect(JSONValue.null.lenientString == nil)
    }
}
