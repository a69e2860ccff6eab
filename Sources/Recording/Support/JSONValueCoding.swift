import Foundation
import UnderstudyCore

/// Converts `Codable` values to and from ``JSONValue`` (for `_`-prefixed HAR fields).
enum JSONValueCoding {
    /// `value` as JSON (non-finite numbers as the strings `NaN`, `Infinity`, `-Infinity`);
    /// `null` if it cannot be encoded.
    static func encode(_ value: some Encodable) -> JSONValue {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(value) else { return .null }
        return (try? JSONValue(parsing: data)) ?? .null
    }

    /// Decodes `type` from `json`.
    static func decode<Value: Decodable>(_ type: Value.Type, from json: JSONValue) throws -> Value {
        try JSONDecoder().decode(type, from: json.serializedData())
    }
}
