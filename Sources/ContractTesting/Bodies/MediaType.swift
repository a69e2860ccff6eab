import Foundation

/// A parsed media type such as `application/json; charset=UTF-8`.
struct MediaType: Sendable {
    /// The broad kinds of body that Pact compares differently.
    enum Kind: Sendable, Equatable {
        case json, xml, form, text, binary
    }

    /// Type, lowercased (`application`).
    var type: String
    /// Subtype, lowercased (`json`, `hal+json`).
    var subtype: String
    /// Parameters in order; names lowercased, values unquoted.
    var parameters: [(name: String, value: String)]

    /// Parses `type/subtype` with optional `; name=value` parameters (values may be quoted).
    init?(_ text: String) {
        let parts = Self.split(text, on: ";")
        let essence = parts[0].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let halves = essence.split(separator: "/", maxSplits: 1)
        guard halves.count == 2, !halves[0].isEmpty, !halves[1].isEmpty else { return nil }
        type = String(halves[0])
        subtype = String(halves[1])
        parameters = parts.dropFirst().compactMap { part in
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            let name = pair[0].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            return (name, Self.unquote(pair[1].trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }

    /// `type/subtype` without parameters.
    var essence: String { "\(type)/\(subtype)" }

    /// How a body of this type is compared.
    var kind: Kind {
        if subtype == "json" || subtype.hasSuffix("+json") { return .json }
        if subtype == "xml" || subtype.hasSuffix("+xml") { return .xml }
        if essence == "application/x-www-form-urlencoded" { return .form }
        if type == "text" { return .text }
        return .binary
    }

    /// Whether `actual` satisfies this expected media type: same essence, and every expected
    /// parameter present with the same value (`charset` compared without case). Extra parameters in
    /// `actual` are allowed.
    func isSatisfied(by actual: MediaType) -> Bool {
        guard essence == actual.essence else { return false }
        return parameters.allSatisfy { expected in
            actual.parameters.contains { candidate in
                candidate.name == expected.name
                    && (expected.name == "charset"
                        ? candidate.value.lowercased() == expected.value.lowercased()
                        : candidate.value == expected.value)
            }
        }
    }

    /// Splits on `separator` outside double quotes.
    static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == separator && !quoted {
                parts.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
        var result = ""
        var escaped = false
        for character in value.dropFirst().dropLast() {
            if escaped || character != "\\" {
                result.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return result
    }
}
