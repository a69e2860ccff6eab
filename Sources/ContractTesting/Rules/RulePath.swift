/// A matching-rule path expression, such as `$.animals[*].name`, `$['x y'][0]` or `$.*`.
///
/// Pact uses a small subset of JSONPath: a root `$`, then fields written `.name` or `['name']`,
/// array indices `[0]`, and the wildcards `*` (any field or index) and `[*]` (any index).
/// A rule applies to the value at its path and, by cascade, to everything below it.
public struct RulePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One step of a path expression.
    public enum Token: Sendable, Hashable {
        /// The root, `$`.
        case root
        /// A named field: `.name` or `['name']`.
        case field(String)
        /// An array index: `[2]`.
        case index(Int)
        /// Any array index: `[*]`.
        case anyIndex
        /// Any field or index: `.*`.
        case anyField
    }

    /// The expression as written in the pact file.
    public let expression: String
    /// The parsed steps, starting with ``Token/root``.
    public let tokens: [Token]

    /// Parses an expression; it must start with `$`.
    public init(_ expression: String) throws(RulePathError) {
        self.expression = expression
        var parser = RulePathParser(expression)
        self.tokens = try parser.parse()
    }

    /// Creates a path from tokens, writing the expression in canonical form.
    public init(tokens: [Token]) {
        self.tokens = tokens
        self.expression = tokens.map(Self.render).joined()
    }

    /// The root path, `$`.
    public static let root = RulePath(tokens: [.root])

    /// The expression.
    public var description: String { expression }

    /// Orders paths by their expression text.
    public static func < (lhs: RulePath, rhs: RulePath) -> Bool { lhs.expression < rhs.expression }

    /// Paths are equal when their expressions are.
    public static func == (lhs: RulePath, rhs: RulePath) -> Bool { lhs.expression == rhs.expression }

    /// Hashes the expression.
    public func hash(into hasher: inout Hasher) { hasher.combine(expression) }

    private static func render(_ token: Token) -> String {
        switch token {
        case .root: return "$"
        case .field(let name): return PathText.isPlainName(name) ? ".\(name)" : "['\(name)']"
        case .index(let index): return "[\(index)]"
        case .anyIndex: return "[*]"
        case .anyField: return ".*"
        }
    }
}

/// Why a matching-rule path expression could not be read.
public struct RulePathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The expression.
    public var expression: String
    /// What is wrong with it.
    public var reason: String

    /// `invalid rule path '<expression>': <reason>`.
    public var description: String { "invalid rule path '\(expression)': \(reason)" }
}

/// Reads a rule path expression character by character.
private struct RulePathParser {
    private let expression: String
    private var characters: [Character]
    private var position = 0

    init(_ expression: String) {
        self.expression = expression
        self.characters = Array(expression)
    }

    mutating func parse() throws(RulePathError) -> [RulePath.Token] {
        guard characters.first == "$" else { throw failure("it must start with '$'") }
        position = 1
        var tokens: [RulePath.Token] = [.root]
        while position < characters.count {
            switch characters[position] {
            case ".":
                position += 1
                tokens.append(try dottedStep())
            case "[":
                position += 1
                tokens.append(try bracketStep())
            default:
                throw failure("unexpected '\(characters[position])' at position \(position)")
            }
        }
        return tokens
    }

    private mutating func dottedStep() throws(RulePathError) -> RulePath.Token {
        if position < characters.count, characters[position] == "*" {
            position += 1
            return .anyField
        }
        let start = position
        while position < characters.count, characters[position] != ".", characters[position] != "[" {
            position += 1
        }
        guard position > start else { throw failure("empty field name at position \(start)") }
        return .field(String(characters[start..<position]))
    }

    private mutating func bracketStep() throws(RulePathError) -> RulePath.Token {
        guard position < characters.count else { throw failure("unclosed '['") }
        let token: RulePath.Token
        switch characters[position] {
        case "*":
            position += 1
            token = .anyIndex
        case "'", "\"":
            let quote = characters[position]
            position += 1
            let start = position
            while position < characters.count, characters[position] != quote { position += 1 }
            guard position < characters.count else { throw failure("unclosed quote in brackets") }
            token = .field(String(characters[start..<position]))
            position += 1
        default:
            let start = position
            while position < characters.count, characters[position].isASCII, characters[position].isNumber {
                position += 1
            }
            guard position > start, let index = Int(String(characters[start..<position])) else {
                throw failure("expected an index, '*' or a quoted name in brackets at position \(start)")
            }
            token = .index(index)
        }
        guard position < characters.count, characters[position] == "]" else {
            throw failure("expected ']' at position \(position)")
        }
        position += 1
        return token
    }

    private func failure(_ reason: String) -> RulePathError {
        RulePathError(expression: expression, reason: reason)
    }
}
