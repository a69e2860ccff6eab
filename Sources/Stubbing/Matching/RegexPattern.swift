import Foundation

/// A regular expression of a stub, compiled once when the stub is loaded and matched against
/// whole values, as WireMock's Java `matches()` does: `"Bearer .+"` matches `Bearer abc` but
/// not `xBearer abc`. A dot also matches line breaks (Java's `DOTALL`, which WireMock sets).
public struct RegexPattern: Sendable, Hashable, CustomStringConvertible {
    /// The expression as written in the stub.
    public let pattern: String
    private let regex: NSRegularExpression

    /// Compiles `pattern`; `nil` when it is not a valid regular expression.
    public init?(_ pattern: String) {
        guard let regex = try? NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z", options: [.dotMatchesLineSeparators])
        else { return nil }
        self.pattern = pattern
        self.regex = regex
    }

    /// Whether the whole of `text` matches.
    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// The text every match must start with, as far as it can be read off the pattern without
    /// interpreting it: the characters before the first special one, less a final character
    /// that a quantifier makes optional. Empty when the pattern has an alternation anywhere.
    var literalPrefix: String {
        guard !pattern.contains("|") else { return "" }
        var prefix = ""
        for character in pattern.drop(while: { $0 == "^" }) {
            if "*+?{".contains(character) {
                if !prefix.isEmpty { prefix.removeLast() }
                return prefix
            }
            if "\\.[]()}^$".contains(character) { return prefix }
            prefix.append(character)
        }
        return prefix
    }

    /// The expression as written.
    public var description: String { pattern }

    /// Two patterns are equal when they are written the same.
    public static func == (lhs: RegexPattern, rhs: RegexPattern) -> Bool { lhs.pattern == rhs.pattern }

    /// Hashes the expression text.
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}
