import Foundation
import Testing
import UnderstudyCore

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONValue(parsing: #"{"a": [1, 1.5, -2e3, true, false, null], "b": {"c": "d"}, "e": ""}"#)
        #expect(value["a"] == [.integer(1), .double(1.5), .double(-2000), true, false, nil])
        #expect(value["b"]?["c"] == "d")
        #expect(value["e"] == "")
    }

    @Test func keepsIntegersAndDecimalsApart() throws {
        #expect(try JSONValue(parsing: "1") == .integer(1))
        #expect(try JSONValue(parsing: "1.0") == .double(1))
        #expect(try JSONValue(parsing: "1e2") == .double(100))
        #expect(try JSONValue(parsing: "9223372036854775807") == .integer(Int64.max))
        #expect(try JSONValue(parsing: "92233720368547758070") == .double(9.223372036854775807e19))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONValue(parsing: #""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\té😀"))
        #expect(try JSONValue(parsing: "\"caf\u{e9} ✓\"") == .string("café ✓"))
    }

    @Test(arguments: [
        ("{\"a\": }", 1, 7, "unexpected character '}'"),
        ("[1, 2", 1, 6, "expected ',' or ']' in array"),
        ("{\"a\" 1}", 1, 6, "expected ':' after member name \"a\""),
        ("\n\n  tru", 3, 3, "unexpected end of input"),
        ("01", 1, 2, "unexpected text after the JSON value"),
        ("\"\\x\"", 1, 4, "invalid escape '\\x'"),
        ("{\"a\":1,}", 1, 8, "expected a member name in quotes"),
        ("\"tab\there\"", 1, 5, "control character in string"),
    ])
    func reportsWhereAndWhy(text: String, line: Int, column: Int, reason: String) {
        #expect(throws: JSONParseError(reason: reason, line: line, column: column)) { try JSONValue(parsing: text) }
    }

    @Test func refusesNestingDeeperThan512() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: deep) }
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try JSONValue(parsing: Data([0xEF, 0xBB, 0xBF]) + Data("[]".utf8)) == [])
    }
}
