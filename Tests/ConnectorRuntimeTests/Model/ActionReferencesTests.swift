import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ActionReferencesTests {
    @Test func nullReferencesDecodeAsUnsetAndEncodeAsNull() throws {
        let references = try JSONFixture.decode(ActionReferences.self, #"{"Account": null, "ManagerAccount": null}"#)
        #expect(references.account == nil)
        #expect(try JSONFixture.encode(references) == ["Account": nil, "ManagerAccount": nil])
    }

    @Test func objectReferencesAndThePermissionRoundTrip() throws {
        let sample = #"{"Account": {"Id": 5, "Guid": "a-b"}, "ManagerAccount": "77", "Permission": {"Id": "g1"}}"#
        let references = try JSONFixture.decode(ActionReferences.self, sample)
        #expect(references.account?["Id"] == 5)
        #expect(references.managerAccount == "77")
        #expect(try JSONFixture.encode(references) == JSONFixture.parse(sample))
    }
}
