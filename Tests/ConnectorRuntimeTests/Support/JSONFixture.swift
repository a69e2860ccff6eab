import Foundation
import UnderstudyCore

/// Decoding and encoding helpers for round-trip tests of HelloID's JSON shapes.
enum JSONFixture {
    /// Decodes `type` from JSON text with a plain `JSONDecoder`, as a consumer would.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// Encodes `value` with a plain `JSONEncoder` and reads the result back as a JSON value.
    static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONValue(parsing: JSONEncoder().encode(value))
    }

    /// Parses JSON text.
    static func parse(_ text: String) throws -> JSONValue {
        try JSONValue(parsing: text)
    }
}
