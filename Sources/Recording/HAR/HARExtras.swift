import UnderstudyCore

/// A coding key for any member name, used to find a HAR object's `_`-prefixed custom fields.
struct HARMemberKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Reading and writing the custom fields of a HAR object: members whose names start with `_`,
/// which the HAR 1.2 specification reserves for tools' own data.
enum HARExtras {
    /// Every `_`-prefixed member of the object being decoded, kept as JSON.
    static func decode(from decoder: any Decoder) throws -> [String: JSONValue] {
        let container = try decoder.container(keyedBy: HARMemberKey.self)
        var extras: [String: JSONValue] = [:]
        for key in container.allKeys where key.stringValue.hasPrefix("_") {
            extras[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return extras
    }

    /// Writes `extras` as members of the object being encoded (names without `_` are skipped).
    static func encode(_ extras: [String: JSONValue], to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HARMemberKey.self)
        for (name, value) in extras where name.hasPrefix("_") {
            try container.encode(value, forKey: HARMemberKey(name))
        }
    }
}

extension KeyedDecodingContainer {
    /// The value at `key`, or `fallback` when the member is missing or `null` (HAR files from
    /// other tools often leave out fields the specification calls required).
    func decode<Value: Decodable>(_ key: Key, or fallback: @autoclosure () -> Value) throws -> Value {
        try decodeIfPresent(Value.self, forKey: key) ?? fallback()
    }
}
