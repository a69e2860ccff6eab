import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ImportedAccountTests {
    @Test func roundTripsTheAccountImportShape() throws {
        let sample = """
            { "AccountReference": "6d2b0a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "DisplayName": "Susan Bergen",
              "UserName": "s.vanbergen@voorbeeldzorg.nl", "Enabled": false,
              "Data": { "userName": "s.vanbergen@voorbeeldzorg.nl", "firstName": "Susan" } }
            """
        let account = try JSONFixture.decode(ImportedAccount.self, sample)
        #expect(account.userName == "s.vanbergen@voorbeeldzorg.nl")
        #expect(!account.enabled)
        #expect(try JSONFixture.encode(account) == JSONFixture.parse(sample))
    }

    @Test func leavesOutAnUnsetUserName() throws {
        let account = ImportedAccount(accountReference: 1012, displayName: "Jan van Dijk", enabled: true)
        #expect(
            try JSONFixture.encode(account) == [
                "AccountReference": 1012, "DisplayName": "Jan van Dijk", "Enabled": true, "Data": [:],
            ])
    }
}
