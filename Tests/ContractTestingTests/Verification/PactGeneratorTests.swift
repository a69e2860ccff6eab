import Foundation
import Testing
import UnderstudyCore
@testable import ContractTesting

@Suite struct PactGeneratorTests {
    private let now = Date(timeIntervalSince1970: 1_767_225_600 + 3_723)  // 2026-01-01T01:02:03Z
    private func context(_ mode: GenerationContext.Mode, state: [String: JSONValue] = [:], url: String? = nil) -> GenerationContext {
        GenerationContext(mode: mode, providerState: state, mockServerURL: url, now: now)
    }

    private func generate(_ json: JSONValue, example: JSONValue = "x", mode: GenerationContext.Mode = .provider,
                          state: [String: JSONValue] = [:], url: String? = nil) throws -> PactGenerator.Outcome {
        var random = SeededRandom(seed: 7)
        return try PactGenerator(json: json).generate(replacing: example, context: context(mode, state: state, url: url), using: &random)
    }

    private func replaced(_ outcome: PactGenerator.Outcome) -> JSONValue? {
        if case .replaced(let value) = outcome { return value }
        return nil
    }

    @Test func readsEachTypeWithItsDefaults() throws {
        #expect(try PactGenerator(json: ["type": "RandomInt"]) == .randomInt(min: 0, max: 10))
        #expect(try PactGenerator(json: ["type": "RandomInt", "min": 3, "max": "9"]) == .randomInt(min: 3, max: 9))
        #expect(try PactGenerator(json: ["type": "Uuid", "format": "URN"]) == .uuid(.urn))
        #expect(try PactGenerator(json: ["type": "Date"]) == .date(format: nil))
        #expect(try PactGenerator(json: ["type": "ProviderState", "expression": "${id}", "dataType": "integer"])
            == .providerState(expression: "${id}", dataType: .integer))
        #expect(try PactGenerator(json: ["type": "MockServerURL", "example": "http://x/a", "regex": ".*(/a)$"])
            == .mockServerURL(example: "http://x/a", regex: ".*(/a)$"))
    }

    @Test func refusesWhatItCannotRead() {
        #expect(throws: PactGeneratorError("missing the generator 'type'")) { try PactGenerator(json: ["min": 1]) }
        #expect(throws: PactGeneratorError("unsupported generator type 'Magic'")) { try PactGenerator(json: ["type": "Magic"]) }
        #expect(throws: PactGeneratorError("RandomInt 'min' (9) is greater than 'max' (1)")) {
            try PactGenerator(json: ["type": "RandomInt", "min": 9, "max": 1])
        }
        #expect(throws: PactGeneratorError("unknown Uuid format 'fancy'")) { try PactGenerator(json: ["type": "Uuid", "format": "fancy"]) }
    }

    @Test func randomValuesHaveTheirShape() throws {
        let integer = try #require(replaced(try generate(["type": "RandomInt", "min": 5, "max": 6]))?.intValue)
        #expect((5...6).contains(integer))
        let hex = try #require(replaced(try generate(["type": "RandomHexadecimal", "digits": 12]))?.stringValue)
        #expect(hex.wholeMatch(of: /[0-9a-f]{12}/) != nil)
        let text = try #require(replaced(try generate(["type": "RandomString", "size": 8]))?.stringValue)
        #expect(text.wholeMatch(of: /[A-Za-z0-9]{8}/) != nil)
        let decimal = try #require(replaced(try generate(["type": "RandomDecimal", "digits": 6]))?.doubleValue)
        #expect(String(decimal).filter(\.isNumber).count <= 6)
        #expect(replaced(try generate(["type": "RandomBoolean"]))?.boolValue != nil)
    }

    @Test func uuidsFollowTheirFormat() throws {
        let lower = try #require(replaced(try generate(["type": "Uuid"]))?.stringValue)
        #expect(lower.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil)
        #expect(replaced(try generate(["type": "Uuid", "format": "simple"]))?.stringValue?.wholeMatch(of: /[0-9a-f]{32}/) != nil)
        #expect(replaced(try generate(["type": "Uuid", "format": "upper-case-hyphenated"]))?.stringValue?.wholeMatch(of: /[0-9A-F-]{36}/) != nil)
        #expect(replaced(try generate(["type": "Uuid", "format": "URN"]))?.stringValue?.hasPrefix("urn:uuid:") == true)
    }

    @Test func datesUseTheClockAndJavaPatterns() throws {
        #expect(replaced(try generate(["type": "Date"])) == "2026-01-01")
        #expect(replaced(try generate(["type": "Time", "format": "HH:mm"])) == "01:02")
        #expect(replaced(try generate(["type": "DateTime"])) == "2026-01-01T01:02:03")
        #expect(replaced(try generate(["type": "DateTime", "format": "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"])) == "2026-01-01T01:02:03.000Z")
    }

    @Test func providerStateValuesFillExpressionsWhenVerifying() throws {
        let state: [String: JSONValue] = ["id": 1000, "accessToken": "abc"]
        #expect(try generate(["type": "ProviderState", "expression": "${id}"], state: state) == .replaced(1000))
        #expect(try generate(["type": "ProviderState", "expression": "/users/${id}"], state: state) == .replaced("/users/1000"))
        #expect(try generate(["type": "ProviderState", "expression": "${id}", "dataType": "STRING"], state: state) == .replaced("1000"))
        #expect(try generate(["type": "ProviderState", "expression": "Bearer ${accessToken}"], mode: .consumer, state: state) == .kept(note: nil))
        let missing = try generate(["type": "ProviderState", "expression": "Bearer ${token}"], state: state)
        guard case .kept(let note?) = missing else { Issue.record("expected the example kept with a note"); return }
        #expect(note.contains("'token'"))
    }

    @Test func mockServerURLsPointAtTheStub() throws {
        let generator: JSONValue = ["type": "MockServerURL", "example": "http://localhost:1234/widgets/7", "regex": ".*(/widgets/\\d+)$"]
        #expect(try generate(generator, mode: .consumer, url: "http://127.0.0.1:9") == .replaced("http://127.0.0.1:9/widgets/7"))
        #expect(try generate(generator, mode: .provider, url: "http://127.0.0.1:9") == .kept(note: nil))
    }

    @Test func regexGeneratorsKeepTheExample() throws {
        #expect(try generate(["type": "Regex", "regex": "\\d+"], example: "42") == .kept(note: nil))
    }
}
