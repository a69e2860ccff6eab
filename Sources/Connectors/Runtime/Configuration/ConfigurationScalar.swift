import UnderstudyCore

/// The lenient readings of configuration values: HelloID forms deliver numbers and Booleans as
/// strings as often as not.
enum ConfigurationScalar {
    /// `true`/`false`, or the strings `"true"`/`"false"` in any case.
    static func bool(_ value: JSONValue) -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .string(let text):
            switch text.trimmingWhitespace.lowercased() {
            case "true": return true
            case "false": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// A string, or a number written out as JSON writes it.
    static func string(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .integer, .double: return value.serialized()
        default: return nil
        }
    }

    /// A number, or a string holding one.
    static func double(_ value: JSONValue) -> Double? {
        switch value {
        case .integer, .double: return value.doubleValue
        case .string(let text): return Double(text.trimmingWhitespace)
        default: return nil
        }
    }

    /// A whole number that fits `T`, or a string holding one.
    static func integer<T: FixedWidthInteger>(_ value: JSONValue, as type: T.Type) -> T? {
        switch value {
        case .integer(let number): return T(exactly: number)
        case .double(let number): return T(exactly: number)
        case .string(let text):
            let trimmed = text.trimmingWhitespace
            return T(trimmed) ?? Double(trimmed).flatMap { T(exactly: $0) }
        default: return nil
        }
    }

    /// Whether `value` is a string of nothing but whitespace: an input left empty.
    static func isBlank(_ value: JSONValue) -> Bool {
        if case .string(let text) = value { return text.trimmingWhitespace.isEmpty }
        return false
    }

    /// How a found value is named in an error, without quoting it (it may be a secret).
    static func kind(of value: JSONValue) -> String {
        isBlank(value) ? "empty string" : value.typeName
    }

    /// The error for a value of the wrong kind at `codingPath`.
    static func mismatch(_ codingPath: [any CodingKey], expected: String, found value: JSONValue) -> ConfigurationError {
        ConfigurationError(codingPath: codingPath, reason: .wrongType(expected: expected, found: kind(of: value)))
    }
}
