import Testing
@testable import Recording

@Suite struct PlaceholderTests {
    @Test func placeholdersNameTheSecretAndItsNumber() {
        #expect(Placeholder.make(name: "access_token", number: 1) == "<redacted:access_token:1>")
        #expect(Placeholder.make(name: "X Api/Key", number: 2) == "<redacted:X_Api_Key:2>")
        #expect(Placeholder.urlEncoded("<redacted:code:3>") == "%3Credacted%3Acode%3A3%3E")
    }

    @Test func placeholdersAreFoundRawAndURLEncoded() {
        #expect(Placeholder.isPlaceholder("<redacted:access_token:1>"))
        #expect(Placeholder.isPlaceholder("%3Credacted%3Aaccess_token%3A1%3E"))
        #expect(!Placeholder.isPlaceholder("Bearer <redacted:access_token:1>"))
        #expect(Placeholder.occurs(in: "Bearer <redacted:access_token:1>"))
        #expect(!Placeholder.occurs(in: "<redacted>"))
    }

    @Test func textSplitsAroundPlaceholders() {
        #expect(Placeholder.split("a<redacted:x:1>b%3Credacted%3Ay%3A2%3E") == [
            .literal("a"), .placeholder("<redacted:x:1>"), .literal("b"), .placeholder("%3Credacted%3Ay%3A2%3E"),
        ])
        #expect(Placeholder.numbers(in: "<redacted:x:4> %3Credacted%3Ay%3A2%3E").map(\.number) == [4, 2])
    }
}
