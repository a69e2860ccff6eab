import UnderstudyCore

/// The members of a source record (person or department) while its named fields are taken out.
struct SourceRecordMembers {
    private(set) var remaining: [String: JSONValue]
    private let codingPath: [any CodingKey]

    /// Reads the JSON object a record decodes from.
    init(from decoder: any Decoder) throws {
        codingPath = decoder.codingPath
        let value = try JSONValue(from: decoder)
        guard case .object(let members) = value else {
            throw DecodingError.typeMismatch(
                [String: JSONValue].self,
                .init(codingPath: codingPath, debugDescription: "a source record must be a JSON object, found \(value.typeName)"))
        }
        remaining = members
    }

    /// Removes and returns the member called `name` in any casing; `null` is returned as `.null`.
    mutating func take(_ name: String) -> JSONValue? {
        let lowered = name.lowercased()
        guard let key = remaining.keys.first(where: { $0 == name }) ?? remaining.keys.first(where: { $0.lowercased() == lowered })
        else { return nil }
        return remaining.removeValue(forKey: key)
    }

    /// Removes and returns the member called `name` as text: a string, or a number written out.
    mutating func takeText(_ name: String) throws -> String {
        switch take(name) {
        case .string(let text): return text
        case .some(let number) where number.doubleValue != nil: return number.serialized()
        case .none, .some(.null):
            throw DecodingError.keyNotFound(
                HelloIDKey(name), .init(codingPath: codingPath, debugDescription: "source record member '\(name)' is missing"))
        case .some(let other):
            throw DecodingError.typeMismatch(
                String.self,
                .init(codingPath: codingPath + [HelloIDKey(name)], debugDescription: "'\(name)' must be a string, found \(other.typeName)"))
        }
    }

    /// Removes `names` (in any casing) from `fields`, so named properties are never written twice.
    static func removing(_ names: [String], from fields: [String: JSONValue]) -> [String: JSONValue] {
        let lowered = Set(names.map { $0.lowercased() })
        return fields.filter { !lowered.contains($0.key.lowercased()) }
    }
}
