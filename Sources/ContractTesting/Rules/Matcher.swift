import UnderstudyCore

/// One Pact matching rule (V2–V4), as found in a `matchers` list.
///
/// Leaf values are checked by the matcher itself; collections use the matcher to decide how their
/// children are compared (see ``PactMatcher``).
public enum Matcher: Sendable, Equatable {
    /// Values must be equal (resets cascaded rules to the default).
    case equality
    /// The text of the value must match the regular expression in full.
    case regex(String)
    /// The value must have the example's type; collections may be bounded by `min` and `max` items.
    case type(min: Int?, max: Int?)
    /// The text of the value must contain the substring.
    case include(String)
    /// The value must be an integer.
    case integer
    /// The value must be a number with decimal places.
    case decimal
    /// The value must be a number.
    case number
    /// The value must be a Boolean (or the text `true` / `false`).
    case boolean
    /// The value must be null.
    case null
    /// The value must be a date in the Java `DateTimeFormatter` pattern (default `yyyy-MM-dd`).
    case date(format: String?)
    /// The value must be a time in the Java pattern (default ISO time).
    case time(format: String?)
    /// The value must be a date and time in the Java pattern (default ISO date-time).
    case timestamp(format: String?)
    /// The values of a map are compared against the example's values, ignoring the keys.
    case values
    /// The array must contain an item matching each variant; other items are allowed.
    case arrayContains([ArrayContainsVariant])
    /// Every key of the map must satisfy `rules`.
    case eachKey(rules: [Matcher], example: JSONValue?)
    /// Every value of the map or array must satisfy `rules`.
    case eachValue(rules: [Matcher], example: JSONValue?)
    /// The bytes must have this content type (checked by magic numbers).
    case contentType(String)
    /// The value must be present and not empty (not null, `""`, `[]` or `{}`).
    case notEmpty
    /// The value must be a semantic version (semver.org 2.0).
    case semver
    /// The response status must be in the class or list.
    case statusCode(StatusCodeExpectation)

    /// The name used for `match` in pact files.
    public var name: String {
        switch self {
        case .equality: return "equality"
        case .regex: return "regex"
        case .type: return "type"
        case .include: return "include"
        case .integer: return "integer"
        case .decimal: return "decimal"
        case .number: return "number"
        case .boolean: return "boolean"
        case .null: return "null"
        case .date: return "date"
        case .time: return "time"
        case .timestamp: return "timestamp"
        case .values: return "values"
        case .arrayContains: return "arrayContains"
        case .eachKey: return "eachKey"
        case .eachValue: return "eachValue"
        case .contentType: return "contentType"
        case .notEmpty: return "notEmpty"
        case .semver: return "semver"
        case .statusCode: return "statusCode"
        }
    }

    /// Whether the matcher lets a collection's children match by example rather than position by
    /// position: arrays may then have any length and each item is compared to the example's items.
    var comparesCollectionsByExample: Bool {
        switch self {
        case .type, .notEmpty, .values, .eachValue: return true
        default: return false
        }
    }
}

/// One variant of an `arrayContains` matcher: the example item at `index` must be found in the
/// actual array, compared with `rules` (paths relative to the item, rooted at `$`).
public struct ArrayContainsVariant: Sendable, Equatable {
    /// Index of the example item in the expected array.
    public var index: Int
    /// Rules applied when comparing the example item to actual items.
    public var rules: [RulePath: RuleGroup]
    /// Generators for the variant, kept as written.
    public var generators: JSONValue?

    /// Creates a variant.
    public init(index: Int, rules: [RulePath: RuleGroup] = [:], generators: JSONValue? = nil) {
        self.index = index
        self.rules = rules
        self.generators = generators
    }
}
