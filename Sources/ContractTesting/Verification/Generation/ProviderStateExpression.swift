import UnderstudyCore

/// A `ProviderState` generator's expression, such as `Bearer ${accessToken}` or `/users/${id}`.
enum ProviderStateExpression {
    /// The expression with each `${name}` replaced by `values[name]`. An expression that is one
    /// `${name}` alone gives the value itself (a number stays a number); otherwise the values are
    /// written into the text. Fails with the names that have no value.
    static func evaluate(_ expression: String, values: [String: JSONValue]) -> Result<JSONValue, MissingNames> {
        let parts = split(expression)
        if parts.count == 1, case .name(let name) = parts[0] {
            guard let value = values[name] else { return .failure(MissingNames(names: [name])) }
            return .success(value)
        }
        var text = ""
        var missing: [String] = []
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .name(let name):
                if let value = values[name] { text += value.plainText } else { missing.append(name) }
            }
        }
        return missing.isEmpty ? .success(.string(text)) : .failure(MissingNames(names: missing))
    }

    /// Names an expression refers to that no provider state gave a value for.
    struct MissingNames: Error, Equatable {
        var names: [String]
    }

    private enum Part: Equatable {
        case literal(String)
        case name(String)
    }

    private static func split(_ expression: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(expression)
        while let open = rest.range(of: "${"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            if open.lowerBound > rest.startIndex { parts.append(.literal(String(rest[..<open.lowerBound]))) }
            parts.append(.name(String(rest[open.upperBound..<close]).trimmingCharacters(in: .whitespaces)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return parts
    }
}
