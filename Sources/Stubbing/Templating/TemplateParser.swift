import Foundation

/// Builds the node tree of a template from its tokens: matches blocks with their `{{else}}`
/// and closing tags, and compiles every expression in the scope it appears in.
struct TemplateParser {
    /// A block whose closing tag has not been seen yet.
    private struct OpenBlock {
        enum Kind {
            case conditional(TemplateExpression, negated: Bool)
            case each(TemplateExpression, parameters: [String])
        }

        var kind: Kind
        /// The helper name the closing tag must repeat: `if`, `unless`, `each`, `eq`, …
        var name: String
        /// The UTF-8 offset of the opening tag.
        var offset: Int
        /// Whether this is the `if` of an `{{else if …}}`, closed by its parent's closing tag.
        var isElseIf = false
        var primary: [TemplateNode] = []
        var inverse: [TemplateNode] = []
        var isInInverse = false

        var node: TemplateNode {
            switch kind {
            case .conditional(let condition, negated: false): .conditional(condition, then: primary, otherwise: inverse)
            case .conditional(let condition, negated: true): .conditional(condition, then: inverse, otherwise: primary)
            case .each(let collection, _): .each(collection, body: primary, otherwise: inverse)
            }
        }
    }

    private let bytes: [UInt8]
    private var root: [TemplateNode] = []
    private var open: [OpenBlock] = []

    /// Creates a parser for the UTF-8 bytes of a template.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The template's nodes.
    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        for token in try TemplateScanner(bytes: bytes).tokens() {
            switch token {
            case .text(let range): append(.text(String(decoding: bytes[range], as: UTF8.self)))
            case .tag(let tag): try handle(tag)
            }
        }
        if let unclosed = open.last(where: { !$0.isElseIf }) {
            throw TemplateSyntaxError(offset: unclosed.offset, reason: "unclosed {{#\(unclosed.name)}}: missing {{/\(unclosed.name)}}")
        }
        return root
    }

    /// The loops whose bodies the next tag is in, outermost first.
    private var loops: [LoopScope] {
        open.compactMap { block in
            guard case .each(_, let parameters) = block.kind, !block.isInInverse else { return nil }
            return LoopScope(parameters: parameters)
        }
    }

    private mutating func handle(_ tag: TemplateTag) throws(TemplateSyntaxError) {
        var parser = try ExpressionParser(content: tag.content, offset: tag.contentOffset, loops: loops)
        switch tag.kind {
        case .comment:
            return
        case .inverse:
            guard parser.isAtEnd else {
                throw TemplateSyntaxError(offset: tag.offset, reason: "inverted sections ({{^name}}) are not supported; use {{#unless}}")
            }
            try startInverse(tag)
        case .expression where parser.nextWord?.word == "else":
            try startInverse(tag)
        case .expression, .unescapedExpression:
            append(.value(try parser.parseStatement()))
        case .blockOpen:
            try openBlock(tag, parser: &parser)
        case .blockClose:
            try closeBlock(tag)
        }
    }

    private mutating func openBlock(_ tag: TemplateTag, parser: inout ExpressionParser) throws(TemplateSyntaxError) {
        guard let (name, nameOffset) = parser.nextWord else {
            throw TemplateSyntaxError(offset: tag.offset, reason: "a block needs a helper name, such as {{#if …}}")
        }
        parser.skipWord()
        let kind: OpenBlock.Kind
        switch name {
        case "if", "unless":
            kind = .conditional(try single(&parser, block: name, at: nameOffset), negated: name == "unless")
        case "each":
            let collection = try parser.isAtEnd ? nil : parser.parseArgument()
            guard let collection else {
                throw TemplateSyntaxError(offset: nameOffset, reason: "{{#each}} needs something to iterate, such as {{#each (jsonPath request.body '$.items')}}")
            }
            let parameters = try parser.parseBlockParameters()
            try expectEnd(parser, block: name, at: nameOffset)
            kind = .each(collection, parameters: parameters)
        case _ where TemplateHelper.isHelper(name):
            let call = try parser.parseCall(name: name, offset: nameOffset, closedByParenthesis: false)
            try expectEnd(parser, block: name, at: nameOffset)
            kind = .conditional(call, negated: false)
        default:
            throw TemplateSyntaxError(offset: nameOffset, reason: "unknown block helper '\(name)' (known: if, unless, each, and the comparison helpers)")
        }
        open.append(OpenBlock(kind: kind, name: name, offset: tag.offset))
    }

    /// `{{else}}`, `{{^}}`, or `{{else if …}}` / `{{else unless …}}`, which opens a linked
    /// conditional closed by the parent block's closing tag.
    private mutating func startInverse(_ tag: TemplateTag) throws(TemplateSyntaxError) {
        guard var block = open.popLast() else {
            throw TemplateSyntaxError(offset: tag.offset, reason: "{{else}} outside a block")
        }
        guard !block.isInInverse else {
            throw TemplateSyntaxError(offset: tag.offset, reason: "a second {{else}} in {{#\(block.name)}}")
        }
        block.isInInverse = true
        open.append(block)
        guard tag.kind == .expression else { return }
        var parser = try ExpressionParser(content: tag.content, offset: tag.contentOffset, loops: loops)
        parser.skipWord()
        guard !parser.isAtEnd else { return }
        guard let (word, wordOffset) = parser.nextWord, word == "if" || word == "unless" else {
            throw TemplateSyntaxError(offset: tag.offset, reason: "expected {{else}}, {{else if …}} or {{else unless …}}")
        }
        parser.skipWord()
        let condition = try single(&parser, block: word, at: wordOffset)
        var link = OpenBlock(kind: .conditional(condition, negated: word == "unless"), name: block.name, offset: tag.offset)
        link.isElseIf = true
        open.append(link)
    }

    private mutating func closeBlock(_ tag: TemplateTag) throws(TemplateSyntaxError) {
        let name = tag.content.trimmingCharacters(in: .whitespaces)
        while let link = open.last, link.isElseIf {
            open.removeLast()
            append(link.node)
        }
        guard let block = open.popLast() else {
            throw TemplateSyntaxError(offset: tag.offset, reason: "{{/\(name)}} without an opening {{#\(name)}}")
        }
        guard block.name == name else {
            let opened = TemplateSyntaxError(offset: block.offset, reason: "").located(in: bytes)
            throw TemplateSyntaxError(
                offset: tag.offset,
                reason: "{{/\(name)}} does not close {{#\(block.name)}} (opened at line \(opened.line), column \(opened.column))")
        }
        append(block.node)
    }

    private func single(_ parser: inout ExpressionParser, block: String, at offset: Int) throws(TemplateSyntaxError) -> TemplateExpression {
        guard !parser.isAtEnd else {
            throw TemplateSyntaxError(offset: offset, reason: "{{#\(block)}} needs a condition, such as {{#\(block) (eq request.method 'POST')}}")
        }
        let condition = try parser.parseArgument()
        try expectEnd(parser, block: block, at: offset)
        return condition
    }

    private func expectEnd(_ parser: ExpressionParser, block: String, at offset: Int) throws(TemplateSyntaxError) {
        guard parser.isAtEnd else {
            throw TemplateSyntaxError(offset: offset, reason: "{{#\(block)}} takes one value; use a sub-expression such as (eq a b) to combine")
        }
    }

    /// Appends `node` where the parse is: the open block's current part, or the top level.
    private mutating func append(_ node: TemplateNode) {
        if open.isEmpty {
            Self.append(node, to: &root)
        } else if open[open.count - 1].isInInverse {
            Self.append(node, to: &open[open.count - 1].inverse)
        } else {
            Self.append(node, to: &open[open.count - 1].primary)
        }
    }

    private static func append(_ node: TemplateNode, to nodes: inout [TemplateNode]) {
        if case .text(let text) = node, case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(node)
        }
    }
}
