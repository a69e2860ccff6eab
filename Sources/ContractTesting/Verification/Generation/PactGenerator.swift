import UnderstudyCore

/// One Pact generator (V3 and V4): how an example value is replaced when a request or response
/// is prepared, for example a random id, today's date, or a value a provider state returned.
public enum PactGenerator: Sendable, Equatable {
    /// The textual forms a `Uuid` generator can produce.
    public enum UUIDFormat: String, Sendable {
        /// 32 lower-case hex digits without hyphens.
        case simple
        /// `8-4-4-4-12` lower-case hex digits (the default).
        case lowerCaseHyphenated = "lower-case-hyphenated"
        /// `8-4-4-4-12` upper-case hex digits.
        case upperCaseHyphenated = "upper-case-hyphenated"
        /// `urn:uuid:` followed by the lower-case hyphenated form.
        case urn = "URN"
    }

    /// The type a `ProviderState` generator's value is converted to (`dataType`).
    public enum DataType: String, Sendable {
        /// Text.
        case string = "STRING"
        /// A whole number.
        case integer = "INTEGER"
        /// A decimal number.
        case decimal = "DECIMAL"
        /// A floating-point number.
        case float = "FLOAT"
        /// `true` or `false`.
        case boolean = "BOOLEAN"
        /// The value as the provider state returned it.
        case raw = "RAW"
    }

    /// `RandomInt`: an integer between `min` and `max`, inclusive.
    case randomInt(min: Int, max: Int)
    /// `RandomDecimal`: a decimal number with `digits` digits.
    case randomDecimal(digits: Int)
    /// `RandomHexadecimal`: `digits` hexadecimal digits.
    case randomHexadecimal(digits: Int)
    /// `RandomString`: `size` letters and digits.
    case randomString(size: Int)
    /// `RandomBoolean`.
    case randomBoolean
    /// `Regex`: a string matching the expression (the example is kept: it is expected to match).
    case regex(String)
    /// `Uuid`: a random (version 4) UUID.
    case uuid(UUIDFormat)
    /// `Date`: today, written with a Java date `format` (default `yyyy-MM-dd`).
    case date(format: String?)
    /// `Time`: now, written with a Java time `format` (default `HH:mm:ss`).
    case time(format: String?)
    /// `DateTime`: now, written with a Java date-time `format` (default `yyyy-MM-dd'T'HH:mm:ss`).
    case dateTime(format: String?)
    /// `ProviderState` (V4): `expression` with each `${name}` replaced by the value the provider
    /// state set-up returned; applied when verifying a provider.
    case providerState(expression: String, dataType: DataType?)
    /// `MockServerURL` (V4): the part of `example` that `regex`'s first group captures, after the
    /// stub server's own URL; applied when serving stubs.
    case mockServerURL(example: String, regex: String)

    /// Reads a generator object such as `{"type": "RandomInt", "min": 1, "max": 9}`; the error
    /// names the reason (an unknown or missing type, or a bad attribute).
    public init(json: JSONValue) throws(PactGeneratorError) {
        guard case .object(let object) = json else { throw PactGeneratorError("expected a generator object, found \(json.typeName)") }
        guard let type = object["type"]?.stringValue else { throw PactGeneratorError("missing the generator 'type'") }
        func integer(_ key: String, default fallback: Int) throws(PactGeneratorError) -> Int {
            guard let value = object[key], value != .null else { return fallback }
            guard let number = value.intValue ?? value.stringValue.flatMap({ Int($0) }) else {
                throw PactGeneratorError("'\(key)' of a \(type) generator must be an integer")
            }
            return number
        }
        func text(_ key: String) -> String? { object[key]?.stringValue }
        switch type {
        case "RandomInt":
            let min = try integer("min", default: 0), max = try integer("max", default: 10)
            guard min <= max else { throw PactGeneratorError("RandomInt 'min' (\(min)) is greater than 'max' (\(max))") }
            self = .randomInt(min: min, max: max)
        case "RandomDecimal": self = .randomDecimal(digits: max(1, try integer("digits", default: 10)))
        case "RandomHexadecimal": self = .randomHexadecimal(digits: max(1, try integer("digits", default: 10)))
        case "RandomString": self = .randomString(size: max(0, try integer("size", default: 10)))
        case "RandomBoolean": self = .randomBoolean
        case "Regex":
            guard let pattern = text("regex") else { throw PactGeneratorError("a Regex generator needs a 'regex'") }
            self = .regex(pattern)
        case "Uuid":
            let name = text("format") ?? UUIDFormat.lowerCaseHyphenated.rawValue
            guard let format = UUIDFormat(rawValue: name) else { throw PactGeneratorError("unknown Uuid format '\(name)'") }
            self = .uuid(format)
        case "Date": self = .date(format: text("format"))
        case "Time": self = .time(format: text("format"))
        case "DateTime": self = .dateTime(format: text("format"))
        case "ProviderState":
            guard let expression = text("expression") ?? text("value") else {
                throw PactGeneratorError("a ProviderState generator needs an 'expression'")
            }
            let dataType = try text("dataType").map { name throws(PactGeneratorError) -> DataType in
                guard let type = DataType(rawValue: name.uppercased()) else { throw PactGeneratorError("unknown dataType '\(name)'") }
                return type
            }
            self = .providerState(expression: expression, dataType: dataType)
        case "MockServerURL":
            guard let example = text("example"), let regex = text("regex") else {
                throw PactGeneratorError("a MockServerURL generator needs 'example' and 'regex'")
            }
            self = .mockServerURL(example: example, regex: regex)
        default:
            throw PactGeneratorError("unsupported generator type '\(type)'")
        }
    }
}

/// Why a generator could not be read.
public struct PactGeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The reason.
    public var reason: String

    init(_ reason: String) { self.reason = reason }

    /// The reason.
    public var description: String { reason }
}
