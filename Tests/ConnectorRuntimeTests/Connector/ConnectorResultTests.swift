import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ConnectorResultTests {
    @Test func encodesAsTheOutputObjectOrTheRecordArray() throws {
        var output = OutputContext(success: true, accountReference: "7")
        output.log("done")
        #expect(try JSONFixture.encode(ConnectorResult.output(output)) == JSONFixture.encode(output))
        let departments = [SourceDepartment(externalId: "d", displayName: "D")]
        #expect(try JSONFixture.encode(ConnectorResult.departments(departments)) == [["ExternalId": "d", "DisplayName": "D"]])
        let memberships = [ImportedPermission(permissionReference: ["Id": "3"], displayName: "x", accountReferences: ["1"])]
        #expect(try JSONFixture.encode(ConnectorResult.permissionMemberships(memberships)) == JSONFixture.encode(memberships))
    }

    @Test func importsSucceedAndOutputsCarryTheirOwnSuccess() {
        #expect(ConnectorResult.persons([]).succeeded)
        #expect(!ConnectorResult.output(OutputContext()).succeeded)
        #expect(ConnectorResult.output(OutputContext(success: true)).succeeded)
    }
}
