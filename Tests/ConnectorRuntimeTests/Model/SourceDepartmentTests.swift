import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct SourceDepartmentTests {
    /// A department as Loket's departments import emits it.
    static let loketSample = """
        {
          "id": "d0d0d0d0-6666-4000-8000-00000000d010",
          "code": 10,
          "description": "Afdeling Zorg Noord",
          "subDepartmentOf": { "key": "d0d0d0d0-6666-4000-8000-00000000d001", "code": 1, "description": "Directie" },
          "emailLeaveRequest": null,
          "ExternalId": "d0d0d0d0-6666-4000-8000-00000000d010",
          "DisplayName": "Afdeling Zorg Noord",
          "ManagerExternalId": "a7e0c1d2-1111-4e2a-9c3b-000000000102"
        }
        """

    @Test func roundTripsLoketsDepartment() throws {
        let department = try JSONFixture.decode(SourceDepartment.self, Self.loketSample)
        #expect(department.externalId == "d0d0d0d0-6666-4000-8000-00000000d010")
        #expect(department.managerExternalId == "a7e0c1d2-1111-4e2a-9c3b-000000000102")
        #expect(department.parentExternalId == nil)
        #expect(department.fields["emailLeaveRequest"] == .null)
        #expect(try JSONFixture.encode(department) == JSONFixture.parse(Self.loketSample))
    }

    @Test func keepsANullOrArrayManagerAsItWasWritten() throws {
        let sample = #"{"ExternalId": "1", "DisplayName": "A", "ManagerExternalId": null, "ParentExternalId": "0"}"#
        let department = try JSONFixture.decode(SourceDepartment.self, sample)
        #expect(department.managerExternalId == .null)
        #expect(try JSONFixture.encode(department) == JSONFixture.parse(sample))
        let twoManagers = SourceDepartment(externalId: "2", displayName: "B", managerExternalId: ["m1", "m2"])
        #expect(twoManagers.jsonValue == ["ExternalId": "2", "DisplayName": "B", "ManagerExternalId": ["m1", "m2"]])
    }
}
