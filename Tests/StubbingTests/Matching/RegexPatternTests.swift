import Testing

@testable import Stubbing

@Suite struct RegexPatternTests {
    @Test func matchesTheWholeTextOnly() throws {
        let regex = try #require(RegexPattern("a|ab"))
        #expect(regex.matches("ab"))
        #expect(regex.matches("a"))
        #expect(!regex.matches("abc"))
        #expect(!regex.matches("xab"))
    }

    @Test func dotMatchesLineBreaksAsWithJavaDotAll() throws {
        #expect(try #require(RegexPattern(".*end")).matches("line\nend"))
    }

    @Test func invalidPatternsAreRejected() {
        #expect(RegexPattern("a(") == nil)
        #expect(RegexPattern("[") == nil)
    }

    @Test func unicodeTextIsMeasuredCorrectly() throws {
        #expect(try #require(RegexPattern("caf. ✓")).matches("café ✓"))
    }

    @Test(arguments: [
        ("/v2/contacts/[0-9]+", "/v2/contacts/"),
        ("^/v2/x", "/v2/x"),
        ("/v2/x?", "/v2/"),
        ("/v2/contacts.*", "/v2/contacts"),
        ("/v2/(a|b)", ""),
        ("(?i)/v2/x", ""),
        ("/v2/a{2}", "/v2/"),
        ("\\Q/v2\\E", ""),
        ("/api/v[12]/x", "/api/v"),
    ])
    func literalPrefixIsWhatEveryMatchStartsWith(pattern: String, prefix: String) throws {
        #expect(try #require(RegexPattern(pattern)).literalPrefix == prefix)
    }

    @Test func equalityFollowsThePatternText() throws {
        #expect(RegexPattern("a+") == RegexPattern("a+"))
        #expect(RegexPattern("a+") != RegexPattern("a*"))
        #expect(try #require(RegexPattern("a+")).description == "a+")
    }
}
