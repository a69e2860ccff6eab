import Testing
@testable import Recording

@Suite struct JSONTextScannerTests {
    private let names = SecretNames()

    @Test func findsSecretMembersAtAnyDepthWithTheirRanges() throws {
        let text = #"{"user": {"name": "ada", "password": "p\"w"}, "list": [{"token": 123456}], "token_type": "bearer"}"#
        let findings = try #require(JSONTextScanner.scan(text, isSecret: names.isSecret))
        #expect(findings.map(\.path) == ["$.user.password", "$.list[0].token"])
        #expect(findings[0].kind == .secret(key: "password", value: "p\"w"))
        #expect(findings[1].kind == .secret(key: "token", value: "123456"))
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[findings[0].range], as: UTF8.self) == #""p\"w""#)
        #expect(String(decoding: bytes[findings[1].range], as: UTF8.self) == "123456")
    }

    @Test func findsJSONAndURLsInsideStrings() throws {
        let text = #"{"payload": "{\"secret\": \"s\"}", "next": "https://x/cb?code=1", "odd key": "plain"}"#
        let findings = try #require(JSONTextScanner.scan(text, isSecret: names.isSecret))
        #expect(findings.map(\.kind) == [.nestedJSON(#"{"secret": "s"}"#), .url("https://x/cb?code=1")])
    }

    @Test func decodesEscapesAndSurrogatePairs() {
        let token = Array(#""a\u00e9\ud83d\ude00\n\/""#.utf8)
        #expect(JSONStringLiteral.decode(token[...]) == "aé😀\n/")
    }

    @Test(arguments: [#"{"a": }"#, #"{"a": 1"#, "[1, 2", #"{"a": tru}"#, #"{"a": 1} x"#])
    func malformedTextIsNotJSON(text: String) {
        #expect(JSONTextScanner.scan(text, isSecret: SecretNames().isSecret) == nil)
    }
}
