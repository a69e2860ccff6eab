import Foundation
import MicroHTTP

/// The text that stands in for a redacted secret: `<redacted:NAME:N>`, numbered per name in the
/// order the session met the secrets, so one secret always gets the same placeholder.
public enum Placeholder {
    /// `<redacted:access_token:1>`; characters other than letters, digits, `_`, `-` and `.` in
    /// the name become `_`.
    public static func make(name: String, number: Int) -> String {
        "<redacted:\(safeName(name)):\(number)>"
    }

    /// `name` as a placeholder writes it: letters, digits, `_`, `-` and `.` kept, others `_`.
    static func safeName(_ name: String) -> String {
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) ? $0 : "_" })
        return safe.isEmpty ? "secret" : safe
    }

    /// The placeholder as it is written inside a URL: `%3Credacted%3Aaccess_token%3A1%3E`.
    public static func urlEncoded(_ placeholder: String) -> String {
        FormEncoding.escape(placeholder)
    }

    /// A regular expression finding placeholders, raw or URL-encoded (any case of hex digits).
    public static let pattern = #"(?:<|%3[Cc])redacted(?::|%3[Aa])[A-Za-z0-9_.\-]+(?::|%3[Aa])[0-9]+(?:>|%3[Ee])"#

    private static let expression = try! NSRegularExpression(pattern: pattern)
    private static let whole = try! NSRegularExpression(pattern: "\\A" + pattern + "\\z")

    /// Whether `text` contains a placeholder.
    public static func occurs(in text: String) -> Bool {
        text.contains("redacted") && expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Whether `text` is exactly one placeholder.
    public static func isPlaceholder(_ text: String) -> Bool {
        text.hasSuffix(">") || text.hasSuffix("%3E") || text.hasSuffix("%3e")
            ? whole.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil : false
    }

    /// `text` cut into literal pieces and placeholders, in order.
    public static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var last = text.startIndex
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            if last < range.lowerBound { pieces.append(.literal(String(text[last..<range.lowerBound]))) }
            pieces.append(.placeholder(String(text[range])))
            last = range.upperBound
        }
        if last < text.endIndex { pieces.append(.literal(String(text[last...]))) }
        return pieces
    }

    /// The name and number of every placeholder in `text`, raw or URL-encoded.
    static func numbers(in text: String) -> [(name: String, number: Int)] {
        split(text).compactMap { piece in
            guard case .placeholder(let found) = piece else { return nil }
            let decoded = found.removingPercentEncoding ?? found
            let parts = decoded.dropFirst().dropLast().split(separator: ":")
            guard parts.count == 3, let number = Int(parts[2]) else { return nil }
            return (String(parts[1]), number)
        }
    }

    /// A piece of text around placeholders.
    public enum Piece: Sendable, Hashable {
        /// Text that is not a placeholder.
        case literal(String)
        /// A placeholder, as written.
        case placeholder(String)
    }
}
