/// Reads JSONPath text into segments (see ``JSONPath`` for the dialect).
struct JSONPathParser {
    private let expression: String
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ expression: String) {
        self.expression = expression
        self.scalars = Array(expression.unicodeScalars)
    }

    /// Parses a whole expression.
    mutating func parsePath() throws(JSONPathError) -> [JSONPathSegment] {
        skipSpaces()
        guard position < scalars.count else { throw error("the expression is empty") }
        var segments: [JSONPathSegment] = []
        if peek == "$" {
            position += 1
        } else {
            // Jayway reads `name.x` as `$.name.x`.
            segments.append(JSONPathSegment(selector: .name(try parseName()), isDescendant: false))
        }
        segments += try parseSegments()
        skipSpaces()
        guard position == scalars.count else { throw unexpected() }
        return segments
    }

    // MARK: Segments

    private mutating func parseSegments() throws(JSONPathError) -> [JSONPathSegment] {
        var segments: [JSONPathSegment] = []
        while position < scalars.count {
            if consume("..") {
                let selector: JSONPathSelector
                if peek == "[" {
                    selector = try parseBracket()
                } else if consume("*") {
                    selector = .wildcard
                } else {
                    selector = .name(try parseName())
                }
                segments.append(JSONPathSegment(selector: selector, isDescendant: true))
            } else if consume(".") {
                let selector: JSONPathSelector = consume("*") ? .wildcard : .name(try parseName())
                segments.append(JSONPathSegment(selector: selector, isDescendant: false))
            } else if peek == "[" {
                segments.append(JSONPathSegment(selector: try parseBracket(), isDescendant: false))
            } else {
                break
            }
        }
        if peek == "(" { throw error("functions such as length() are not supported") }
        return segments
    }

    private mutating func parseName() throws(JSONPathError) -> String {
        let start = position
        while let scalar = peek, !Self.nameTerminators.contains(scalar), !scalar.properties.isWhitespace {
            position += 1
        }
        guard position > start else { throw error("expected a member name") }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    private static let nameTerminators: Set<Unicode.Scalar> = [
        ".", "[", "]", "(", ")", "=", "!", "<", ">", "&", "|", ",", "'", "\"", "~",
    ]

    private mutating func parseBracket() throws(JSONPathError) -> JSONPathSelector {
        position += 1  // [
        skipSpaces()
        let selector: JSONPathSelector
        if consume("*") {
            selector = .wildcard
        } else if consume("?") {
            selector = .filter(try parseOr())
        } else if peek == "'" || peek == "\"" {
            var names = [try parseQuoted()]
            while consumeAfterSpaces(",") {
                skipSpaces()
                names.append(try parseQuoted())
            }
            selector = names.count == 1 ? .name(names[0]) : .names(names)
        } else {
            selector = try parseIndexes()
        }
        skipSpaces()
        guard consume("]") else { throw position < scalars.count ? unexpected() : error("missing ']'") }
        return selector
    }

    private mutating func parseIndexes() throws(JSONPathError) -> JSONPathSelector {
        let start = try parseOptionalInteger()
        if consumeAfterSpaces(":") {
            skipSpaces()
            let end = try parseOptionalInteger()
            if consumeAfterSpaces(":") { throw error("slice steps are not supported") }
            return .slice(start: start, end: end)
        }
        guard let first = start else { throw error("expected an index, a slice, a quoted name, '*' or '?'") }
        var indices = [first]
        while consumeAfterSpaces(",") {
            skipSpaces()
            guard let next = try parseOptionalInteger() else { throw error("expected an index after ','") }
            indices.append(next)
        }
        return indices.count == 1 ? .index(first) : .indices(indices)
    }

    private mutating func parseOptionalInteger() throws(JSONPathError) -> Int? {
        let start = position
        _ = consume("-")
        while let scalar = peek, ("0"..."9").contains(scalar) { position += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        if text.isEmpty { return nil }
        guard let value = Int(text) else {
            position = start
            throw error("expected a number")
        }
        return value
    }

    // MARK: Filters

    private mutating func parseOr() throws(JSONPathError) -> JSONPathFilter {
        var filter = try parseAnd()
        while consumeAfterSpaces("||") { filter = .or(filter, try parseAnd()) }
        return filter
    }

    private mutating func parseAnd() throws(JSONPathError) -> JSONPathFilter {
        var filter = try parseUnary()
        while consumeAfterSpaces("&&") { filter = .and(filter, try parseUnary()) }
        return filter
    }

    private mutating func parseUnary() throws(JSONPathError) -> JSONPathFilter {
        skipSpaces()
        if consume("!") { return .not(try parseUnary()) }
        if consume("(") {
            let inner = try parseOr()
            guard consumeAfterSpaces(")") else { throw error("missing ')'") }
            return inner
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(JSONPathError) -> JSONPathFilter {
        let left = try parseOperand()
        skipSpaces()
        if consume("=~") {
            skipSpaces()
            return .matchesRegex(left, try parseRegex())
        }
        for comparator in JSONPathComparator.allCases where consume(comparator.rawValue) {
            return .comparison(left, comparator, try parseOperand())
        }
        if let scalar = peek, scalar.properties.isAlphabetic {
            let start = position
            let word = (try? parseName()) ?? ""
            position = start
            throw error("the filter operator '\(word)' is not supported")
        }
        if peek == "=" { throw error("use '==' to compare") }
        guard case .literal = left else { return .exists(left) }
        throw error("expected a comparison operator")
    }

    private mutating func parseOperand() throws(JSONPathError) -> JSONPathOperand {
        skipSpaces()
        if consume("@") { return .current(try parseSegments()) }
        if consume("$") { return .root(try parseSegments()) }
        if peek == "'" || peek == "\"" { return .literal(.string(try parseQuoted())) }
        if let scalar = peek, scalar == "-" || ("0"..."9").contains(scalar) { return .literal(try parseNumber()) }
        for (word, value) in [("true", JSONValue.bool(true)), ("false", .bool(false)), ("null", .null)]
        where consume(word) {
            return .literal(value)
        }
        throw position < scalars.count ? unexpected() : error("expected a value")
    }

    private mutating func parseNumber() throws(JSONPathError) -> JSONValue {
        let start = position
        while let scalar = peek, "0123456789+-.eE".unicodeScalars.contains(scalar) { position += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        if let integer = Int64(text) { return .integer(integer) }
        if let double = Double(text) { return .double(double) }
        position = start
        throw error("invalid number '\(text)'")
    }

    private mutating func parseRegex() throws(JSONPathError) -> JSONPathRegex {
        let start = position
        guard consume("/") else { throw error("expected a regular expression like /pattern/") }
        var pattern = String.UnicodeScalarView()
        while let scalar = peek, scalar != "/" {
            position += 1
            if scalar == "\\", peek == "/" {
                pattern.append("/")
                position += 1
            } else {
                pattern.append(scalar)
                if scalar == "\\", let escaped = peek {
                    pattern.append(escaped)
                    position += 1
                }
            }
        }
        guard consume("/") else { throw error("missing '/' at the end of the regular expression") }
        var flags = ""
        while let scalar = peek, scalar.properties.isAlphabetic {
            flags.unicodeScalars.append(scalar)
            position += 1
        }
        guard let regex = JSONPathRegex(pattern: String(pattern), flags: flags) else {
            position = start
            throw error("invalid regular expression /\(String(pattern))/\(flags)")
        }
        return regex
    }

    // MARK: Lexical helpers

    private mutating func parseQuoted() throws(JSONPathError) -> String {
        guard let quote = peek, quote == "'" || quote == "\"" else { throw error("expected a quoted name") }
        position += 1
        var text = String.UnicodeScalarView()
        while let scalar = peek {
            position += 1
            if scalar == quote { return String(text) }
            if scalar == "\\", let escaped = peek {
                position += 1
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                default: text.append(escaped)
                }
            } else {
                text.append(scalar)
            }
        }
        throw error("unterminated string")
    }

    private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func consume(_ literal: String) -> Bool {
        let expected = Array(literal.unicodeScalars)
        guard position + expected.count <= scalars.count,
            scalars[position..<(position + expected.count)].elementsEqual(expected)
        else { return false }
        position += expected.count
        return true
    }

    private mutating func consumeAfterSpaces(_ literal: String) -> Bool {
        let start = position
        skipSpaces()
        if consume(literal) { return true }
        position = start
        return false
    }

    private mutating func skipSpaces() {
        while let scalar = peek, scalar.properties.isWhitespace { position += 1 }
    }

    private func unexpected() -> JSONPathError {
        error(peek.map { "unexpected '\(Character($0))'" } ?? "unexpected end of expression")
    }

    private func error(_ reason: String) -> JSONPathError {
        JSONPathError(expression: expression, position: position, reason: reason)
    }
}
