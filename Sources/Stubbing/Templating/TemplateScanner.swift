/// Splits template source into literal text and `{{…}}` tags.
///
/// Only `{{` starts a tag, so JSON braces such as `{"a": {"b": 1}}` stay literal text. `\{{`
/// writes a literal `{{`; `\\{{` writes one backslash followed by a real tag. Whitespace
/// control (`{{~` and `~}}`) is applied here, once, so rendering never trims.
struct TemplateScanner {
    private let bytes: [UInt8]

    /// Creates a scanner over the UTF-8 bytes of a template.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The tokens of the whole source, in order.
    func tokens() throws(TemplateSyntaxError) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var textStart = 0
        var searchFrom = 0
        while let open = firstOpening(from: searchFrom) {
            if open > 0, bytes[open - 1] == TemplateByte.backslash {
                if open > 1, bytes[open - 2] == TemplateByte.backslash {
                    tokens.append(.text(textStart..<(open - 1)))
                } else {
                    tokens.append(.text(textStart..<(open - 1)))
                    textStart = open
                    searchFrom = open + 2
                    continue
                }
            } else {
                tokens.append(.text(textStart..<open))
            }
            let (tag, end) = try scanTag(at: open)
            tokens.append(.tag(tag))
            textStart = end
            searchFrom = end
        }
        tokens.append(.text(textStart..<bytes.count))
        return trimmingWhitespace(tokens).filter { token in
            if case .text(let range) = token { return !range.isEmpty }
            return true
        }
    }

    private func firstOpening(from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == TemplateByte.openBrace, bytes[index + 1] == TemplateByte.openBrace { return index }
            index += 1
        }
        return nil
    }

    private func scanTag(at open: Int) throws(TemplateSyntaxError) -> (TemplateTag, Int) {
        var index = open + 2
        let trimsBefore = byte(at: index) == TemplateByte.tilde
        if trimsBefore { index += 1 }
        if byte(at: index) == TemplateByte.exclamation {
            return try scanComment(at: open, contentStart: index + 1, trimsBefore: trimsBefore)
        }
        let kind: TemplateTag.Kind
        switch byte(at: index) {
        case TemplateByte.openBrace, TemplateByte.ampersand: kind = .unescapedExpression
        case TemplateByte.hash: kind = .blockOpen
        case TemplateByte.slash: kind = .blockClose
        case TemplateByte.caret: kind = .inverse
        case TemplateByte.greaterThan: throw TemplateSyntaxError(offset: open, reason: "partials ({{> name}}) are not supported")
        default: kind = .expression
        }
        let isTriple = byte(at: index) == TemplateByte.openBrace
        if kind != .expression { index += 1 }
        let closings: [[UInt8]] = isTriple ? [Array("}}}".utf8), Array("}~}}".utf8)] : [Array("~}}".utf8), Array("}}".utf8)]
        guard let (close, closing) = closingMarker(closings, from: index) else {
            throw TemplateSyntaxError(offset: open, reason: "unclosed tag: '{{' without a matching '\(isTriple ? "}}}" : "}}")'")
        }
        let tag = TemplateTag(
            kind: kind, content: String(decoding: bytes[index..<close], as: UTF8.self),
            contentOffset: index, offset: open, trimsBefore: trimsBefore, trimsAfter: closing.contains(TemplateByte.tilde))
        return (tag, close + closing.count)
    }

    private func scanComment(at open: Int, contentStart: Int, trimsBefore: Bool) throws(TemplateSyntaxError) -> (TemplateTag, Int) {
        let isLong = byte(at: contentStart) == TemplateByte.dash && byte(at: contentStart + 1) == TemplateByte.dash
        let marker: [UInt8] = isLong ? Array("--".utf8) : []
        var index = contentStart
        while index < bytes.count {
            if matches(marker, at: index) {
                var end = index + marker.count
                let trimsAfter = byte(at: end) == TemplateByte.tilde
                if trimsAfter { end += 1 }
                if byte(at: end) == TemplateByte.closeBrace, byte(at: end + 1) == TemplateByte.closeBrace {
                    let tag = TemplateTag(
                        kind: .comment, content: "", contentOffset: contentStart, offset: open,
                        trimsBefore: trimsBefore, trimsAfter: trimsAfter)
                    return (tag, end + 2)
                }
            }
            index += 1
        }
        let expected = isLong ? "--}}" : "}}"
        throw TemplateSyntaxError(offset: open, reason: "unclosed comment: missing '\(expected)'")
    }

    /// The offset of the first of `markers` after `start` (skipping quoted strings inside the
    /// tag), and which marker it is; earlier markers win at the same offset.
    private func closingMarker(_ markers: [[UInt8]], from start: Int) -> (Int, [UInt8])? {
        var index = start
        var quote: UInt8?
        while index < bytes.count {
            let current = bytes[index]
            if let open = quote {
                if current == open { quote = nil }
            } else if current == TemplateByte.singleQuote || current == TemplateByte.doubleQuote {
                quote = current
            } else if let marker = markers.first(where: { matches($0, at: index) }) {
                return (index, marker)
            }
            index += 1
        }
        return nil
    }

    private func matches(_ marker: [UInt8], at index: Int) -> Bool {
        guard index + marker.count <= bytes.count else { return false }
        for (offset, expected) in marker.enumerated() where bytes[index + offset] != expected { return false }
        return true
    }

    private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// Applies `{{~` and `~}}` to the neighbouring text tokens.
    private func trimmingWhitespace(_ tokens: [TemplateToken]) -> [TemplateToken] {
        var result = tokens
        for (position, token) in tokens.enumerated() {
            guard case .tag(let tag) = token else { continue }
            if tag.trimsBefore, position > 0, case .text(let range) = result[position - 1] {
                var upper = range.upperBound
                while upper > range.lowerBound, TemplateByte.isWhitespace(bytes[upper - 1]) { upper -= 1 }
                result[position - 1] = .text(range.lowerBound..<upper)
            }
            if tag.trimsAfter, position + 1 < result.count, case .text(let range) = result[position + 1] {
                var lower = range.lowerBound
                while lower < range.upperBound, TemplateByte.isWhitespace(bytes[lower]) { lower += 1 }
                result[position + 1] = .text(lower..<range.upperBound)
            }
        }
        return result
    }
}

/// The bytes that template syntax is made of.
enum TemplateByte {
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let backslash = UInt8(ascii: "\\")
    static let tilde = UInt8(ascii: "~")
    static let exclamation = UInt8(ascii: "!")
    static let ampersand = UInt8(ascii: "&")
    static let hash = UInt8(ascii: "#")
    static let slash = UInt8(ascii: "/")
    static let caret = UInt8(ascii: "^")
    static let greaterThan = UInt8(ascii: ">")
    static let dash = UInt8(ascii: "-")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")

    /// Whether `byte` is whitespace: space, tab, line feed or carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
