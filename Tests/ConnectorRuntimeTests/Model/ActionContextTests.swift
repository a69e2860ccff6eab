import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ActionContextTests {
    /// HelloID's account action context as the V2 template's debug file writes it.
    static let accountSample = """
        {
          "Configuration": { "baseUrl": "https://tenant.helloid.com/api/v1", "apiKey": "KEY", "apiSecret": "SECRET",
                             "setManager": false, "updateUserName": false },
          "DryRun": false,
          "Data": { "userName": "casey.bos@example.com", "firstName": "Casey", "isEnabled": "false",
                    "userAttributes": { "department": "Legal", "title": "Central Web Engineer" } },
          "CorrelationConfiguration": { "Enabled": true, "PersonField": "Accounts.MicrosoftAzureAD.userPrincipalName",
                    "PersonFieldValue": "casey.bos@example.com", "AccountField": "UserName", "AccountFieldValue": "casey.bos@example.com" },
          "AccountCorrelated": false,
          "References": { "Account": null, "ManagerAccount": null }
        }
        """

    /// A permission grant context with every optional member HelloID may send.
    static let grantSample = """
        {
          "Configuration": { "BaseUrl": "https://net2:8443", "archivedDepartmentId": "7" },
          "DryRun": true,
          "Operation": "grant",
          "Origin": "reconciliation",
          "Data": {},
          "References": { "Account": "1012", "ManagerAccount": null, "Permission": { "Reference": "5" } },
          "PermissionDisplayName": "Server room",
          "CurrentPermissions": [ { "DisplayName": "Working hours", "Reference": { "Id": "3" } } ],
          "AccountCorrelated": true,
          "ImportFields": [ "FirstName", "LastName" ]
        }
        """

    @Test func decodesTheTemplateAccountContext() throws {
        let context = try JSONFixture.decode(ActionContext.self, Self.accountSample)
        #expect(context.configuration["baseUrl"] == "https://tenant.helloid.com/api/v1")
        #expect(context.data["userAttributes"]?["title"] == "Central Web Engineer")
        #expect(context.dryRun == false)
        #expect(context.accountCorrelated == false)
        #expect(context.references == ActionReferences())
        #expect(context.correlationConfiguration?.enabled == true)
        #expect(context.correlationConfiguration?.accountField == "UserName")
        #expect(context.operation == nil)
    }

    @Test func accountContextRoundTripsToTheSameJSON() throws {
        let context = try JSONFixture.decode(ActionContext.self, Self.accountSample)
        #expect(try JSONFixture.encode(context).isEquivalent(to: JSONFixture.parse(Self.accountSample)))
    }

    @Test func grantContextRoundTripsToTheSameJSON() throws {
        let context = try JSONFixture.decode(ActionContext.self, Self.grantSample)
        #expect(context.operation == "grant")
        #expect(context.origin == "reconciliation")
        #expect(context.references.account == "1012")
        #expect(context.references.permission?["Reference"] == "5")
        #expect(context.permissionDisplayName == "Server room")
        #expect(context.currentPermissions == [SubPermission(displayName: "Working hours", reference: ["Id": "3"])])
        #expect(context.importFields == ["FirstName", "LastName"])
        #expect(try JSONFixture.encode(context).isEquivalent(to: JSONFixture.parse(Self.grantSample)))
    }

    @Test func readsMemberNamesInAnyCaseAndFlagsWrittenAsStrings() throws {
        let context = try JSONFixture.decode(
            ActionContext.self, #"{"dryRun": "True", "configuration": {"x": 1}, "references": {"account": "9"}}"#)
        #expect(context.dryRun)
        #expect(context.configuration == ["x": 1])
        #expect(context.references.account == "9")
    }

    @Test func anEmptyObjectTakesHelloIDsDefaults() throws {
        let context = try JSONFixture.decode(ActionContext.self, "{}")
        #expect(context == ActionContext())
        #expect(
            try JSONFixture.encode(context) == [
                "Configuration": [:], "Data": [:], "DryRun": false, "AccountCorrelated": false,
                "References": ["Account": nil, "ManagerAccount": nil],
            ])
    }

    @Test func aFlagThatIsNeitherBooleanNorTrueOrFalseIsRejected() {
        #expect(throws: DecodingError.self) {
            try JSONFixture.decode(ActionContext.self, #"{"DryRun": "maybe"}"#)
        }
    }
}
