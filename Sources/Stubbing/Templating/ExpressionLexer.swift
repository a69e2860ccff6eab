/// One token of a tag's content: `jsonPath request.body '$.a'` is a word, a word and a string.
struct ExpressionToken {
    /// What the token is.
    enum Kind: Equatable {
        /// `(`, opening a sub-expression.
        case openParenthesis
        /// `)`, closing a sub-expression.
        case closeParenthesis
        /// `=`, between a hash argument's name and value.
        case equals
        /// `|`, around block parameter names.
        case pipe
        /// A quoted string literal, unquoted.
        case string(String)
        /// Anything else: a name, a path such as `request.headers.[X-Id]`, a number or a keyword.
        case word(String)
    }

    /// What the token is.
    var kind: Kind
    /// The UTF-8 offset of the token in the template source.
    var offset: Int
}

/// Splits the content of one tag into ``ExpressionToken``s.
struct ExpressionLexer {
    private let bytes: [UInt8]
    private let baseOffset: Int

    /// Creates a lexer for `content`, which starts at `offset` in the template source.
    init(content: String, offset: Int) {
        bytes = Array(content.utf8)
        baseOffset = offset
    }

    /// The tokens of the content, in order.
    func tokens() throws(TemplateSyntaxError) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let offset = baseOffset + index
            switch byte {
            case _ where TemplateByte.isWhitespace(byte):
                index += 1
            case UInt8(ascii: "("):
                tokens.append(ExpressionToken(kind: .openParenthesis, offset: offset)); index += 1
            case UInt8(ascii: ")"):
                tokens.append(ExpressionToken(kind: .closeParenthesis, offset: offset)); index += 1
            case UInt8(ascii: "="):
                tokens.append(ExpressionToken(kind: .equals, offset: offset)); index += 1
            case UInt8(ascii: "|"):
                tokens.append(ExpressionToken(kind: .pipe, offset: offset)); index += 1
            case TemplateByte.singleQuote, TemplateByte.doubleQuote:
                guard let close = bytes[(index + 1)...].firstIndex(of: byte) else {
                    throw TemplateSyntaxError(offset: offset, reason: "unterminated string literal")
                }
                let text = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                tokens.append(ExpressionToken(kind: .string(text), offset: offset))
                index = close + 1
            default:
                let end = try wordEnd(from: index)
                tokens.append(ExpressionToken(kind: .word(String(decoding: bytes[index..<end], as: UTF8.self)), offset: offset))
                index = end
            }
        }
        return tokens
    }

    /// The end of a word; `[…]` segments may hold any character but `]`.
    private func wordEnd(from start: Int) throws(TemplateSyntaxError) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "[") {
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")) else {
                    throw TemplateSyntaxError(offset: baseOffset + index, reason: "unclosed '[' in a path")
                }
                index = close + 1
                continue
            }
            if TemplateByte.isWhitespace(byte) || Self.delimiters.contains(byte) { break }
            index += 1
        }
        return index
    }

    private static let delimiters: Set<UInt8> = [
        UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "="), UInt8(ascii: "|"),
        TemplateByte.singleQuote, TemplateByte.doubleQuote,
    ]
}
