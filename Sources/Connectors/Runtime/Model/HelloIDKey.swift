import UnderstudyCore

/// A coding key with any name, for HelloID's PascalCase JSON objects.
struct HelloIDKey: CodingKey, Hashable {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}

extension KeyedDecodingContainer where Key == HelloIDKey {
    /// The key of the member called `name`: the exact name first, then any casing of it, because
    /// HelloID's scripts read these objects with PowerShell's case-insensitive property access.
    func key(_ name: String) -> HelloIDKey? {
        let exact = HelloIDKey(name)
        if contains(exact) { return exact }
        let lowered = name.lowercased()
        return allKeys.first { $0.stringValue.lowercased() == lowered }
    }

    /// The member called `name` as JSON, `nil` when absent or `null`.
    func json(_ name: String) throws -> JSONValue? {
        guard let key = key(name) else { return nil }
        let value = try decode(JSONValue.self, forKey: key)
        // `.none`, not `nil`: JSONValue is itself ExpressibleByNilLiteral.
        return value.isNull ? .none : .some(value)
    }

    /// The member called `name`, `nil` when absent or `null`.
    func optional<T: Decodable>(_ type: T.Type, _ name: String) throws -> T? {
        guard let key = key(name), try !decodeNil(forKey: key) else { return nil }
        return try decode(type, forKey: key)
    }

    /// The member called `name`, or `fallback` when absent or `null`.
    func value<T: Decodable>(_ type: T.Type, _ name: String, default fallback: T) throws -> T {
        try optional(type, name) ?? fallback
    }

    /// A Boolean member, accepting `true`/`false` and the strings `"true"`/`"false"` in any case
    /// (HelloID delivers Fixed mapping values as strings); `nil` when absent or `null`.
    func flag(_ name: String) throws -> Bool? {
        guard let key = key(name) else { return nil }
        switch try decode(JSONValue.self, forKey: key) {
        case .null: return nil
        case .bool(let value): return value
        case .string(let text) where text.lowercased() == "true": return true
        case .string(let text) where text.lowercased() == "false": return false
        case let other:
            throw DecodingError.typeMismatch(
                Bool.self,
                .init(codingPath: codingPath + [key], debugDescription: "expected a boolean, found \(other.typeName)"))
        }
    }
}

extension KeyedEncodingContainer where Key == HelloIDKey {
    /// Encodes `value` under `name`, writing `null` when it is `nil`.
    mutating func encodeOrNull<T: Encodable>(_ value: T?, _ name: String) throws {
        if let value {
            try encode(value, forKey: HelloIDKey(name))
        } else {
            try encodeNil(forKey: HelloIDKey(name))
        }
    }

    /// Encodes `value` under `name` only when it is not `nil`.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, _ name: String) throws {
        if let value { try encode(value, forKey: HelloIDKey(name)) }
    }

    /// Encodes `value` under `name`.
    mutating func encode<T: Encodable>(_ value: T, _ name: String) throws {
        try encode(value, forKey: HelloIDKey(name))
    }
}
