import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct RetrievedPermissionTests {
    @Test func roundTripsTheRetrieveScriptsShape() throws {
        let sample = #"{"DisplayName": "First permission", "Identification": {"Reference": "Permission1"}}"#
        let permission = try JSONFixture.decode(RetrievedPermission.self, sample)
        #expect(permission.identification["Reference"] == "Permission1")
        #expect(try JSONFixture.encode(permission) == JSONFixture.parse(sample))
    }
}
