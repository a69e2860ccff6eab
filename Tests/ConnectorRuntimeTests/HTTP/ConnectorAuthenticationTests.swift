import Testing

@testable import ConnectorRuntime

@Suite struct ConnectorAuthenticationTests {
    @Test func buildsTheCredentialHeaderAndNamesItsSecrets() {
        #expect(ConnectorAuthentication.none.field == nil)
        #expect(ConnectorAuthentication.bearer("t").field == .init(name: "Authorization", value: "Bearer t"))
        #expect(
            ConnectorAuthentication.basic(username: "ada", password: "lovelace").field
                == .init(name: "Authorization", value: "Basic YWRhOmxvdmVsYWNl"))
        #expect(ConnectorAuthentication.header(name: "X-Api-Key", value: "k").field == .init(name: "X-Api-Key", value: "k"))
        #expect(ConnectorAuthentication.basic(username: "ada", password: "lovelace").secrets == ["lovelace", "YWRhOmxvdmVsYWNl"])
        #expect(ConnectorAuthentication.none.secrets.isEmpty)
    }
}
