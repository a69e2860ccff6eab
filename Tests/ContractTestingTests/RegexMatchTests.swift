import Testing

@testable import ContractTesting

@Suite struct RegexMatchTests {
    @Test func matchesTheWholeTextOnly() {
        #expect(RegexMatch.matches("a|ab", "ab") == true)
        #expect(RegexMatch.matches("\\d+", "12\n") == false)
        #expect(RegexMatch.matches("b", "abc") == false)
    }

    @Test func supportsJavaStyleSyntaxAndRejectsInvalidPatterns() {
        #expect(RegexMatch.matches("(?<=a)b|ab", "ab") == true)
        #expect(RegexMatch.matches("\\p{L}+", "Ådå") == true)
        #expect(RegexMatch.matches("[", "x") == nil)
    }
}
