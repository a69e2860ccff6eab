import Testing

@testable import ConnectorRuntime

@Suite struct ConfigurationErrorTests {
    @Test func describesEachReason() {
        #expect(ConfigurationError(key: "BaseUrl", reason: .missing).description == "configuration key 'BaseUrl' is missing")
        #expect(
            ConfigurationError(key: "a.b", reason: .wrongType(expected: "a number", found: "string")).description
                == "configuration key 'a.b' must be a number, found string")
        #expect(ConfigurationError(key: "", reason: .invalid("empty")).description == "configuration is invalid: empty")
    }

    @Test func joinsCodingPathsWithDotsAndIndexes() {
        let path: [any CodingKey] = [ConfigurationIndexKey(0), ConfigurationIndexKey(2)]
        #expect(ConfigurationError.key(for: path) == "[0][2]")
        #expect(ConfigurationError(codingPath: [], reason: .missing).key == "")
    }
}
