import Foundation
import Testing
import UnderstudyCore

@Suite struct JSONValueTests {
    @Test func serializesCompactlyWithSortedKeys() {
        let value: JSONValue = ["b": [1, 2.5, "x\"y"], "a": nil, "c": ["d": true]]
        #expect(value.serialized() == #"{"a":null,"b":[1,2.5,"x\"y"],"c":{"d":true}}"#)
    }

    @Test func serializesPrettyWithTwoSpaces() {
        let value: JSONValue = ["a": [1], "b": [:]]
        #expect(value.serialized(pretty: true) == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}")
    }

    @Test func keepsDecimalsDecimalWhenWritten() throws {
        #expect(JSONValue.double(1).serialized() == "1.0")
        #expect(try JSONValue(parsing: JSONValue.double(1).serialized()) == .double(1))
        #expect(JSONValue.double(.infinity).serialized() == "null")
    }

    @Test func escapesControlCharacters() {
        #expect(JSONValue.string("\u{01}\n").serialized() == #""\u0001\n""#)
    }

    @Test func roundTripsThroughText() throws {
        let value: JSONValue = ["id": 4242, "name": "Ada Lovelace", "tags": ["vip", nil], "score": 0.25, "nested": ["ok": false]]
        #expect(try JSONValue(parsing: value.serialized()) == value)
        #expect(try JSONValue(parsing: value.serialized(pretty: true)) == value)
    }

    @Test func roundTripsThroughCodable() throws {
        let value: JSONValue = ["a": [1, 2.5, "s", true, nil]]
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }

    @Test func comparesNumbersByValueWhenAskedForEquivalence() {
        #expect(JSONValue.integer(1).isEquivalent(to: .double(1.0)))
        #expect(JSONValue(arrayLiteral: 1, ["a": 2]).isEquivalent(to: [1.0, ["a": 2.0]]))
        #expect(!JSONValue.integer(1).isEquivalent(to: .string("1")))
        #expect(JSONValue.integer(1) != .double(1))
    }

    @Test func offersTypedAccessors() {
        let value: JSONValue = ["s": "x", "i": 3, "d": 2.0, "b": true, "a": [1], "o": [:]]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["i"]?.intValue == 3)
        #expect(value["d"]?.intValue == 2)
        #expect(value["d"]?.doubleValue == 2.0)
        #expect(value["b"]?.boolValue == true)
        #expect(value["a"]?[0] == 1)
        #expect(value["a"]?[5] == nil)
        #expect(value["o"]?.objectValue?.isEmpty == true)
        #expect(value["missing"] == nil)
        #expect(value["i"]?.typeName == "number")
        #expect(JSONValue.string("plain").plainText == "plain")
        #expect(JSONValue(arrayLiteral: 1).plainText == "[1]")
    }
}
