import Foundation

/// The predicate of a JSONPath filter selector, `[?(...)]`.
indirect enum JSONPathFilter: Sendable {
    /// `a || b`
    case or(JSONPathFilter, JSONPathFilter)
    /// `a && b`
    case and(JSONPathFilter, JSONPathFilter)
    /// `!a`
    case not(JSONPathFilter)
    /// `@.x` alone: the path selects something (any value, `null` included).
    case exists(JSONPathOperand)
    /// `left op right`.
    case comparison(JSONPathOperand, JSONPathComparator, JSONPathOperand)
    /// `left =~ /regex/flags`: the whole text of a string or number matches.
    case matchesRegex(JSONPathOperand, JSONPathRegex)

    /// Whether `current` (what `@` means) satisfies the predicate; `root` is what `$` means.
    func isSatisfied(current: JSONValue, root: JSONValue) -> Bool {
        switch self {
        case .or(let left, let right):
            return left.isSatisfied(current: current, root: root) || right.isSatisfied(current: current, root: root)
        case .and(let left, let right):
            return left.isSatisfied(current: current, root: root) && right.isSatisfied(current: current, root: root)
        case .not(let inner):
            return !inner.isSatisfied(current: current, root: root)
        case .exists(let operand):
            return operand.resolve(current: current, root: root) != nil
        case .comparison(let left, let comparator, let right):
            return comparator.compare(left.resolve(current: current, root: root), right.resolve(current: current, root: root))
        case .matchesRegex(let operand, let regex):
            switch operand.resolve(current: current, root: root) {
            case .string(let text): return regex.matches(text)
            case let number? where number.doubleValue != nil: return regex.matches(number.serialized())
            default: return false
            }
        }
    }
}

/// A value in a filter: a path relative to `@` or `$`, or a literal.
enum JSONPathOperand: Sendable {
    /// `@...`: relative to the node being filtered.
    case current([JSONPathSegment])
    /// `$...`: relative to the document root.
    case root([JSONPathSegment])
    /// `'text'`, `42`, `true`, `null`.
    case literal(JSONValue)

    /// The operand's value, or `nil` when its path selects nothing. An indefinite path that
    /// selects something yields an array of what it selects.
    func resolve(current: JSONValue, root: JSONValue) -> JSONValue? {
        switch self {
        case .literal(let value):
            return value
        case .current(let segments):
            return Self.read(segments, from: current, root: root)
        case .root(let segments):
            return Self.read(segments, from: root, root: root)
        }
    }

    private static func read(_ segments: [JSONPathSegment], from start: JSONValue, root: JSONValue) -> JSONValue? {
        let nodes = JSONPathSegment.evaluate(segments, on: start, root: root)
        if nodes.isEmpty { return nil }
        return segments.allSatisfy(\.isDefinite) ? nodes[0] : .array(nodes)
    }
}

/// A comparison operator of a filter.
enum JSONPathComparator: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case lessThanOrEqual = "<="
    case greaterThanOrEqual = ">="
    case lessThan = "<"
    case greaterThan = ">"

    /// Compares two resolved operands (`nil` = the path selected nothing). Numbers compare by
    /// value, strings by their characters; values of different types are never ordered.
    func compare(_ left: JSONValue?, _ right: JSONValue?) -> Bool {
        guard let left, let right else { return self == .notEqual }
        switch self {
        case .equal: return left.isEquivalent(to: right)
        case .notEqual: return !left.isEquivalent(to: right)
        case .lessThan: return Self.order(left, right).map { $0 < 0 } ?? false
        case .lessThanOrEqual: return Self.order(left, right).map { $0 <= 0 } ?? false
        case .greaterThan: return Self.order(left, right).map { $0 > 0 } ?? false
        case .greaterThanOrEqual: return Self.order(left, right).map { $0 >= 0 } ?? false
        }
    }

    private static func order(_ left: JSONValue, _ right: JSONValue) -> Int? {
        switch (left, right) {
        case (.integer(let a), .integer(let b)):
            return a < b ? -1 : (a == b ? 0 : 1)
        case (.string(let a), .string(let b)):
            return a < b ? -1 : (a == b ? 0 : 1)
        default:
            guard let a = left.doubleValue, let b = right.doubleValue else { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        }
    }
}

/// A regular expression literal of a filter, `/pattern/flags`, matched against the whole text
/// (as Jayway's `=~` does). Flags: `i` (ignore case), `m` (multi-line anchors), `s` (dot
/// matches line breaks), `x` (comments and whitespace).
struct JSONPathRegex: Sendable {
    /// The pattern as written between the slashes.
    let pattern: String
    private let regex: NSRegularExpression

    /// Compiles `pattern` with `flags`; `nil` when the pattern or a flag is invalid.
    init?(pattern: String, flags: String) {
        var options: NSRegularExpression.Options = []
        for flag in flags {
            switch flag {
            case "i": options.insert(.caseInsensitive)
            case "m": options.insert(.anchorsMatchLines)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "x": options.insert(.allowCommentsAndWhitespace)
            default: return nil
            }
        }
        guard let regex = try? NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z", options: options) else {
            return nil
        }
        self.pattern = pattern
        self.regex = regex
    }

    /// Whether the whole of `text` matches.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }
}
