import Foundation

/// Full-string regular expression matching with ICU syntax (close to Java's, as Pact files use).
enum RegexMatch {
    /// Whether `pattern` matches the whole of `text`; `nil` when the pattern is not valid.
    static func matches(_ pattern: String, _ text: String) -> Bool? {
        guard let expression = try? NSRegularExpression(pattern: "\\A(?:\(pattern))\\z", options: []) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }
}
