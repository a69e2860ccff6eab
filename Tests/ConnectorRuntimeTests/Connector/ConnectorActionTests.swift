import Testing

@testable import ConnectorRuntime

@Suite struct ConnectorActionTests {
    @Test func namesEveryActionForACommandLine() {
        #expect(
            ConnectorAction.allCases.map(\.rawValue) == [
                "create", "update", "enable", "disable", "delete", "permissions", "grant", "revoke", "subpermissions",
                "import-accounts", "import-permissions", "persons", "departments",
            ])
        #expect(ConnectorAction(rawValue: "import-accounts") == .importAccounts)
        #expect(ConnectorAction(rawValue: "explode") == nil)
    }

    @Test func tellsSourceActionsAndPersonActionsApart() {
        #expect(ConnectorAction.allCases.filter(\.isSourceAction) == [.persons, .departments])
        #expect(
            ConnectorAction.allCases.filter(\.takesPersonContext) == [
                .create, .update, .enable, .disable, .delete, .grant, .revoke, .subPermissions,
            ])
    }
}
