import UnderstudyCore

/// The `Decoder` behind ``ConfigurationDecoder``: one JSON value and the path that reached it.
struct ConfigurationValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw ConfigurationScalar.mismatch(codingPath, expected: "an object", found: value)
        }
        return KeyedDecodingContainer(ConfigurationKeyedContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else {
            throw ConfigurationScalar.mismatch(codingPath, expected: "an array", found: value)
        }
        return ConfigurationUnkeyedContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ConfigurationSingleValueContainer(value: value, codingPath: codingPath)
    }
}

/// The coding key of an array element.
struct ConfigurationIndexKey: CodingKey {
    let index: Int
    var stringValue: String { String(index) }
    var intValue: Int? { index }

    init(_ index: Int) {
        self.index = index
    }

    init?(stringValue: String) {
        guard let index = Int(stringValue) else { return nil }
        self.index = index
    }

    init?(intValue: Int) {
        index = intValue
    }
}
