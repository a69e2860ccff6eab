import Foundation

/// Splits `Set-Cookie` values that URLSession joined with `, ` back into one per cookie.
enum SetCookieSplitter {
    /// A `, ` that starts a new `name=` pair (an `Expires` date's comma is followed by a day number).
    private static let boundary = try! NSRegularExpression(pattern: #",\s*(?=[^;,=\s]+=)"#)

    /// The cookies joined in `value`, in order.
    static func split(_ value: String) -> [String] {
        var parts: [String] = []
        var last = value.startIndex
        for match in boundary.matches(in: value, range: NSRange(value.startIndex..., in: value)) {
            guard let range = Range(match.range, in: value) else { continue }
            parts.append(String(value[last..<range.lowerBound]))
            last = range.upperBound
        }
        parts.append(String(value[last...]))
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
