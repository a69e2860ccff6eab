import Stubbing
import Testing

@Suite struct MultiValuePatternTests {
    func pattern(_ text: String) throws -> MultiValuePattern {
        try requestPattern(#"{"queryParameters": {"q": \#(text)}}"#).queryParameters["q"]!
    }

    @Test func plainMatcherNeedsOneMatchingValue() throws {
        let single = try pattern(#"{"equalTo": "b"}"#)
        #expect(single.match(["a", "b"]).isExactMatch)
        #expect(!single.match(["a"]).isExactMatch)
        #expect(!single.match([]).isExactMatch)
    }

    @Test func absentNeedsNoValue() throws {
        let absent = try pattern(#"{"absent": true}"#)
        #expect(absent == .single(.absent))
        #expect(absent.match([]).isExactMatch)
        #expect(!absent.match([""]).isExactMatch)
    }

    @Test func hasExactlyNeedsSameCountAndEveryMatcherSatisfied() throws {
        let exactly = try pattern(#"{"hasExactly": [{"equalTo": "a"}, {"equalTo": "b"}]}"#)
        #expect(exactly.match(["b", "a"]).isExactMatch)
        #expect(!exactly.match(["a", "b", "c"]).isExactMatch)
        #expect(!exactly.match(["a", "c"]).isExactMatch)
        #expect(!exactly.match([]).isExactMatch)
        #expect(exactly.description == #"hasExactly [equalTo "a", equalTo "b"]"#)
    }

    @Test func includesNeedsEveryMatcherSatisfied() throws {
        let includes = try pattern(#"{"includes": [{"equalTo": "a"}, {"matches": "[0-9]"}]}"#)
        #expect(includes.match(["x", "7", "a"]).isExactMatch)
        #expect(!includes.match(["a"]).isExactMatch)
        #expect(!includes.match([]).isExactMatch)
        #expect(includes.description == #"includes [equalTo "a", matches "[0-9]"]"#)
    }
}
