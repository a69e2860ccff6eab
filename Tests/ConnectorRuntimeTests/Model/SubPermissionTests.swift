import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct SubPermissionTests {
    @Test func roundTripsTheSubPermissionShape() throws {
        let sample = #"{"DisplayName": "Working hours", "Reference": {"Id": "3"}}"#
        let subPermission = try JSONFixture.decode(SubPermission.self, sample)
        #expect(subPermission == SubPermission(displayName: "Working hours", reference: ["Id": "3"]))
        #expect(try JSONFixture.encode(subPermission) == JSONFixture.parse(sample))
    }
}
