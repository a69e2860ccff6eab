import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ImportedPermissionTests {
    @Test func roundTripsTheMembershipImportShape() throws {
        let sample = """
            { "PermissionReference": { "Id": "9f8e7d6c-0000-4000-8000-000000000010" },
              "DisplayName": "department_d0d0d0d0-6666-4000-8000-00000000d010",
              "AccountReferences": [ "6d2b0a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b" ] }
            """
        let membership = try JSONFixture.decode(ImportedPermission.self, sample)
        #expect(membership.accountReferences == ["6d2b0a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"])
        #expect(try JSONFixture.encode(membership) == JSONFixture.parse(sample))
    }

    @Test func roundTripsASubPermissionMembership() throws {
        let sample = """
            { "PermissionReference": { "Reference": "dep" }, "DisplayName": "Departments", "Description": "All departments",
              "AccountReferences": [ 1, 2 ], "SubPermissionReference": { "Id": "d10" }, "SubPermissionDisplayName": "Zorg Noord" }
            """
        let membership = try JSONFixture.decode(ImportedPermission.self, sample)
        #expect(membership.subPermissionDisplayName == "Zorg Noord")
        #expect(try JSONFixture.encode(membership) == JSONFixture.parse(sample))
    }

    @Test func batchesLargeMembershipsIntoObjectsOfAtMostFiveHundred() {
        let references = (0..<1_201).map { JSONValue.integer(Int64($0)) }
        let membership = ImportedPermission(permissionReference: ["Id": "3"], displayName: "Working hours", accountReferences: references)
        let batches = membership.batched()
        #expect(batches.map(\.accountReferences.count) == [500, 500, 201])
        #expect(batches.allSatisfy { $0.permissionReference == ["Id": "3"] })
        #expect(batches.flatMap(\.accountReferences) == references)
        #expect(ImportedPermission(permissionReference: 1, displayName: "x", accountReferences: [1]).batched().count == 1)
    }
}
