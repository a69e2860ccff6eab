import Foundation
import UnderstudyCore

/// One configuration value read as a scalar, leniently (see ``ConfigurationScalar``).
struct ConfigurationSingleValueContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool {
        value.isNull || ConfigurationScalar.isBlank(value)
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard let flag = ConfigurationScalar.bool(value) else { throw mismatch("a boolean") }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard let text = ConfigurationScalar.string(value) else { throw mismatch("a string") }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard let number = ConfigurationScalar.double(value) else { throw mismatch("a number") }
        return number
    }

    func decode(_ type: Float.Type) throws -> Float {
        Float(try decode(Double.self))
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    /// Decodes any type: `JSONValue` as it is, `URL` from an absolute URL string, anything else
    /// through its own `init(from:)`. A value the type rejects as a whole (an unknown enum case)
    /// is reported without quoting it, listing the accepted values when the type is `CaseIterable`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let json = value as? T, T.self == JSONValue.self { return json }
        if T.self == URL.self {
            guard let text = ConfigurationScalar.string(value), let url = URL(string: text.trimmingCharacters(in: .whitespaces)),
                url.scheme != nil, url.host != nil
            else { throw mismatch("an absolute URL") }
            return url as! T
        }
        do {
            return try T(from: ConfigurationValueDecoder(value: value, codingPath: codingPath))
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.count == codingPath.count {
            let accepted = (T.self as? any CaseIterable.Type).map { Self.rawValues(of: $0) } ?? []
            let reason = accepted.isEmpty ? "not an accepted value" : "not one of " + accepted.joined(separator: ", ")
            throw ConfigurationError(codingPath: codingPath, reason: .invalid(reason))
        }
    }

    private static func rawValues<Choice: CaseIterable>(of type: Choice.Type) -> [String] {
        type.allCases.compactMap { choice in (choice as? any RawRepresentable).map { "\($0.rawValue)" } }
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        if let number = ConfigurationScalar.integer(value, as: type) { return number }
        guard ConfigurationScalar.double(value) != nil else { throw mismatch("a number") }
        if T.self == Int.self || T.self == Int64.self { throw mismatch("a whole number") }
        throw mismatch("a whole number from \(T.min) to \(T.max)")
    }

    private func mismatch(_ expected: String) -> ConfigurationError {
        ConfigurationScalar.mismatch(codingPath, expected: expected, found: value)
    }
}
