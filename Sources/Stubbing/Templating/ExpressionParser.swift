import UnderstudyCore

/// An `{{#each}}` whose body encloses the tag being parsed: what its block parameters are called.
struct LoopScope {
    /// The names of `as |item position|`, empty without them.
    var parameters: [String]
}

/// Parses the content of one tag into a ``TemplateExpression``, resolving every name (request
/// attribute, loop element, loop variable, block parameter, helper) at compile time.
struct ExpressionParser {
    private let tokens: [ExpressionToken]
    private var position = 0
    /// The enclosing loops, outermost first; their count is the current depth.
    private let loops: [LoopScope]
    /// Where the tag's content ends, for errors about missing tokens.
    private let endOffset: Int

    /// Creates a parser for `content` (at `offset` in the source) inside `loops`.
    init(content: String, offset: Int, loops: [LoopScope]) throws(TemplateSyntaxError) {
        tokens = try ExpressionLexer(content: content, offset: offset).tokens()
        self.loops = loops
        endOffset = offset + content.utf8.count
    }

    /// The next token when it is a word (a block's helper name, `else`, `if`), and its offset.
    var nextWord: (word: String, offset: Int)? {
        guard case .word(let word)? = tokens[position...].first?.kind else { return nil }
        return (word, tokens[position].offset)
    }

    /// Whether every token has been used.
    var isAtEnd: Bool { position == tokens.count }

    /// Moves past the next token (after looking at it with ``nextWord``).
    mutating func skipWord() {
        position += 1
    }

    /// `{{expression}}`: a helper call with its arguments, or a single value.
    mutating func parseStatement() throws(TemplateSyntaxError) -> TemplateExpression {
        guard let first = tokens.first else { throw TemplateSyntaxError(offset: endOffset, reason: "empty tag") }
        if case .word(let name) = first.kind, tokens.count > 1, !TemplateHelper.isHelper(name), literal(name) == nil {
            throw TemplateSyntaxError(offset: first.offset, reason: "unknown helper '\(name)' (known: \(TemplateHelper.names.joined(separator: ", ")))")
        }
        if case .word(let name) = first.kind, TemplateHelper.isHelper(name) {
            position = 1
            let call = try parseCall(name: name, offset: first.offset, closedByParenthesis: false)
            if let extra = tokens[position...].first {
                throw TemplateSyntaxError(offset: extra.offset, reason: "unexpected text after the arguments of \(name)")
            }
            return call
        }
        let value = try parseArgument()
        if let extra = tokens[position...].first {
            throw TemplateSyntaxError(offset: extra.offset, reason: "unexpected text after the value")
        }
        return value
    }

    /// The arguments of the helper `name`, up to the end (or the `)` of a sub-expression).
    mutating func parseCall(name: String, offset: Int, closedByParenthesis: Bool) throws(TemplateSyntaxError) -> TemplateExpression {
        var arguments = HelperArguments(helper: name, offset: offset)
        while let token = tokens[position...].first {
            if token.kind == .closeParenthesis {
                guard closedByParenthesis else { throw TemplateSyntaxError(offset: token.offset, reason: "unexpected ')'") }
                break
            }
            if case .word(let key) = token.kind, position + 1 < tokens.count, tokens[position + 1].kind == .equals {
                position += 2
                let valueOffset = tokens[position...].first?.offset ?? endOffset
                arguments.hash.append((key, HelperArguments.Argument(expression: try parseArgument(), offset: valueOffset)))
            } else if case .word("as") = token.kind, position + 1 < tokens.count, tokens[position + 1].kind == .pipe {
                break
            } else {
                arguments.positional.append(HelperArguments.Argument(expression: try parseArgument(), offset: token.offset))
            }
        }
        return .helper(try TemplateHelper.make(arguments))
    }

    /// One argument: a sub-expression, a literal or a path.
    mutating func parseArgument() throws(TemplateSyntaxError) -> TemplateExpression {
        guard let token = tokens[position...].first else {
            throw TemplateSyntaxError(offset: endOffset, reason: "a value is missing")
        }
        position += 1
        switch token.kind {
        case .string(let text):
            return .literal(.text(text))
        case .openParenthesis:
            guard case .word(let name)? = tokens[position...].first?.kind else {
                throw TemplateSyntaxError(offset: token.offset, reason: "a sub-expression must start with a helper name")
            }
            let nameOffset = tokens[position].offset
            position += 1
            guard TemplateHelper.isHelper(name) else {
                throw TemplateSyntaxError(offset: nameOffset, reason: "unknown helper '\(name)' (known: \(TemplateHelper.names.joined(separator: ", ")))")
            }
            let call = try parseCall(name: name, offset: nameOffset, closedByParenthesis: true)
            guard tokens[position...].first?.kind == .closeParenthesis else {
                throw TemplateSyntaxError(offset: token.offset, reason: "unclosed '(': missing ')'")
            }
            position += 1
            return call
        case .word(let word):
            if let literal = literal(word) { return literal }
            return try resolve(word, offset: token.offset)
        default:
            throw TemplateSyntaxError(offset: token.offset, reason: "unexpected '\(token.kind == .equals ? "=" : token.kind == .pipe ? "|" : ")")'")
        }
    }

    /// `as |name|` or `as |name position|` after an `{{#each}}` collection; empty without it.
    mutating func parseBlockParameters() throws(TemplateSyntaxError) -> [String] {
        guard case .word("as")? = tokens[position...].first?.kind else { return [] }
        let start = tokens[position].offset
        position += 1
        guard tokens[position...].first?.kind == .pipe else {
            throw TemplateSyntaxError(offset: start, reason: "expected 'as |name|'")
        }
        position += 1
        var names: [String] = []
        while case .word(let name)? = tokens[position...].first?.kind {
            names.append(name)
            position += 1
        }
        guard tokens[position...].first?.kind == .pipe, (1...2).contains(names.count) else {
            throw TemplateSyntaxError(offset: start, reason: "expected 'as |item|' or 'as |item index|'")
        }
        position += 1
        return names
    }

    private func literal(_ word: String) -> TemplateExpression? {
        switch word {
        case "true": return .literal(.json(.bool(true)))
        case "false": return .literal(.json(.bool(false)))
        case "null", "undefined": return .literal(.json(.null))
        default:
            guard let first = word.utf8.first, first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return nil }
            if let integer = Int64(word) { return .literal(.json(.integer(integer))) }
            if let double = Double(word), word.utf8.allSatisfy({ $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }) {
                return .literal(.json(.double(double)))
            }
            return nil
        }
    }

    /// Resolves a path such as `request.query.page`, `this.name`, `@index`, `item.id` or `../x`.
    private func resolve(_ word: String, offset: Int) throws(TemplateSyntaxError) -> TemplateExpression {
        var segments = try Self.segments(of: word, offset: offset)
        var depth = loops.count
        var hops = 0
        while segments.first == ".." {
            segments.removeFirst()
            hops += 1
        }
        if hops > 0 {
            guard hops <= depth else { throw TemplateSyntaxError(offset: offset, reason: "'\(word)' goes above the top of the template") }
            depth -= hops
            if segments.first == "this" { segments.removeFirst() }
            guard depth > 0 else { return try resolveRoot(segments, word: word, offset: offset) }
            return .element(depth: depth - 1, path: segments.map(PathComponent.init), searchesOutward: false)
        }
        guard let first = segments.first else { throw TemplateSyntaxError(offset: offset, reason: "empty path") }
        let rest = segments.dropFirst().map(PathComponent.init)
        if first == "this" {
            guard depth > 0 else { throw TemplateSyntaxError(offset: offset, reason: "'this' is only available inside {{#each}}") }
            return .element(depth: depth - 1, path: rest, searchesOutward: false)
        }
        if first.hasPrefix("@") {
            return try resolveVariable(String(first.dropFirst()), rest: Array(segments.dropFirst()), word: word, offset: offset)
        }
        for (loopDepth, loop) in loops.enumerated().reversed() {
            guard let slot = loop.parameters.firstIndex(of: first) else { continue }
            if slot == 0 { return .element(depth: loopDepth, path: rest, searchesOutward: false) }
            guard rest.isEmpty else { throw TemplateSyntaxError(offset: offset, reason: "'\(first)' is a position and has no members") }
            return .loopVariable(depth: loopDepth, .keyOrIndex)
        }
        if first == "request" { return .request(try RequestAttribute.resolve(rest, offset: offset)) }
        guard depth > 0 else {
            throw TemplateSyntaxError(offset: offset, reason: "unknown name '\(first)' (expected request.…, a helper, or a name inside {{#each}})")
        }
        return .element(depth: depth - 1, path: segments.map(PathComponent.init), searchesOutward: true)
    }

    private func resolveVariable(_ name: String, rest: [String], word: String, offset: Int) throws(TemplateSyntaxError) -> TemplateExpression {
        if name == "root" { return try resolveRoot(rest, word: word, offset: offset) }
        let variable: LoopVariable
        switch name {
        case "index": variable = .index
        case "key": variable = .key
        case "first": variable = .first
        case "last": variable = .last
        default: throw TemplateSyntaxError(offset: offset, reason: "unknown variable '@\(name)' (known: @index, @key, @first, @last, @root)")
        }
        guard !loops.isEmpty else { throw TemplateSyntaxError(offset: offset, reason: "'@\(name)' is only available inside {{#each}}") }
        guard rest.isEmpty else { throw TemplateSyntaxError(offset: offset, reason: "'@\(name)' has no members") }
        return .loopVariable(depth: loops.count - 1, variable)
    }

    private func resolveRoot(_ segments: [String], word: String, offset: Int) throws(TemplateSyntaxError) -> TemplateExpression {
        guard segments.first == "request" else {
            throw TemplateSyntaxError(offset: offset, reason: "'\(word)' names nothing at the top of the template (expected request.…)")
        }
        return .request(try RequestAttribute.resolve(segments.dropFirst().map(PathComponent.init), offset: offset))
    }

    /// Splits a path on `.` and `/`; `[…]` is one segment whatever it holds; `..` is a parent step.
    static func segments(of word: String, offset: Int) throws(TemplateSyntaxError) -> [String] {
        if word == "." { return ["this"] }
        let bytes = Array(word.utf8)
        var segments: [String] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "["), current.isEmpty {
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")) else {
                    throw TemplateSyntaxError(offset: offset, reason: "unclosed '[' in '\(word)'")
                }
                segments.append(String(decoding: bytes[(index + 1)..<close], as: UTF8.self))
                index = close + 1
            } else if byte == UInt8(ascii: "."), current.isEmpty, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ".") {
                segments.append("..")
                index += 2
            } else if byte == UInt8(ascii: ".") || byte == TemplateByte.slash {
                if !current.isEmpty { segments.append(String(decoding: current, as: UTF8.self)) }
                current = []
                index += 1
            } else {
                current.append(byte)
                index += 1
            }
        }
        if !current.isEmpty { segments.append(String(decoding: current, as: UTF8.self)) }
        if segments.contains(where: \.isEmpty) { throw TemplateSyntaxError(offset: offset, reason: "'\(word)' has an empty segment") }
        return segments
    }
}
