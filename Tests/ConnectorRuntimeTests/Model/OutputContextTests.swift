import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct OutputContextTests {
    /// HelloID's pre-created output context, as the V2 template's debug file writes it.
    static let initialSample = """
        { "Data": null, "PreviousData": null, "AuditLogs": [], "AccountReference": null, "Success": null,
          "Permissions": [], "AccountCorrelated": false }
        """

    /// The output of an update that changed the account.
    static let updateSample = """
        {
          "Success": true,
          "AccountReference": "1012",
          "Data": { "FirstName": "Jan", "Department": "Sales" },
          "PreviousData": { "FirstName": "Jaap", "Department": "Sales" },
          "AuditLogs": [
            { "Action": "UpdateAccount", "Message": "Update account was successful, Account property(s) updated: [FirstName]",
              "IsError": false },
            { "Message": "Department update from [Support] to [Sales] was successful", "IsError": false }
          ],
          "Permissions": [],
          "SubPermissions": []
        }
        """

    /// The output of retrieve-permissions and of a sub-permission action.
    static let permissionsSample = """
        {
          "Success": true, "AccountReference": null, "AccountCorrelated": true, "Data": null, "PreviousData": null,
          "AuditLogs": [],
          "Permissions": [ { "DisplayName": "Working hours", "Identification": { "Reference": "3" } } ],
          "SubPermissions": [ { "DisplayName": "Server room", "Reference": { "Id": "5" } } ]
        }
        """

    @Test func decodesHelloIDsInitialOutput() throws {
        let output = try JSONFixture.decode(OutputContext.self, Self.initialSample)
        #expect(output == OutputContext(accountCorrelated: false))
    }

    @Test func updateOutputRoundTrips() throws {
        let output = try JSONFixture.decode(OutputContext.self, Self.updateSample)
        #expect(output.auditLogs.first?.action == "UpdateAccount")
        #expect(output.auditLogs.last?.action == nil)
        #expect(output.previousData?["FirstName"] == "Jaap")
        #expect(try JSONFixture.encode(output).isEquivalent(to: JSONFixture.parse(Self.updateSample)))
    }

    @Test func permissionsOutputRoundTrips() throws {
        let output = try JSONFixture.decode(OutputContext.self, Self.permissionsSample)
        #expect(output.permissions == [RetrievedPermission(displayName: "Working hours", identification: ["Reference": "3"])])
        #expect(output.subPermissions == [SubPermission(displayName: "Server room", reference: ["Id": "5"])])
        #expect(try JSONFixture.encode(output).isEquivalent(to: JSONFixture.parse(Self.permissionsSample)))
    }

    @Test func successFollowsTheAuditLogs() {
        var output = OutputContext()
        output.log("Enable account was successful", action: "EnableAccount")
        output.concludeFromAuditLogs()
        #expect(output.success)
        output.log("Could not enable Paxton-Net2 account. Error: boom", isError: true)
        output.concludeFromAuditLogs()
        #expect(!output.success)
        #expect(output.hasErrors)
    }

    @Test func notSupportedIsAFailureWithAnErrorEntry() {
        let output = OutputContext.notSupported(.importPermissions)
        #expect(!output.success)
        #expect(output.auditLogs == [AuditLog(message: "action 'import-permissions' is not supported by this connector", isError: true)])
    }
}
