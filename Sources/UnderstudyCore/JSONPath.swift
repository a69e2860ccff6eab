/// A compiled JSONPath expression, evaluated on ``JSONValue`` documents.
///
/// The dialect is the subset of Jayway JsonPath (the library WireMock uses) that stubs need:
/// `$`, `.key`, `['key']`, `['a','b']`, `[n]` (negative counts from the end), `[a,b]`,
/// `[start:end]`, `[*]`, `.*`, deep scan `..key`, and filters `[?(...)]` with `@`/`$` paths,
/// `==`, `!=`, `<`, `<=`, `>`, `>=`, `=~ /regex/flags`, `&&`, `||`, `!`, parentheses and
/// existence tests such as `[?(@.email)]`. An expression that does not start with `$` is read as
/// `$.` followed by it, as Jayway does.
///
/// Object members are visited in sorted key order, so results are deterministic even though
/// ``JSONValue`` objects do not keep the order of their members.
///
/// Parse once, evaluate many times: the value is immutable and `Sendable`.
public struct JSONPath: Sendable, CustomStringConvertible {
    /// The expression as written.
    public let expression: String
    let segments: [JSONPathSegment]

    /// Parses `expression`.
    /// - Throws: ``JSONPathError`` naming the position and the problem.
    public init(_ expression: String) throws(JSONPathError) {
        var parser = JSONPathParser(expression)
        self.expression = expression
        self.segments = try parser.parsePath()
    }

    /// Whether the path names at most one node (Jayway's "definite" path): only single names
    /// and single indexes, no wildcard, slice, union, filter or deep scan.
    public var isDefinite: Bool { segments.allSatisfy(\.isDefinite) }

    /// Every node the path selects in `document`, in document order. Empty when nothing matches.
    public func evaluate(_ document: JSONValue) -> [JSONValue] {
        JSONPathSegment.evaluate(segments, on: document, root: document)
    }

    /// The result as Jayway reports it: for a definite path the selected value, or `nil` when
    /// the path does not exist; for any other path an array of every selected node.
    public func read(_ document: JSONValue) -> JSONValue? {
        let nodes = evaluate(document)
        return isDefinite ? nodes.first : .array(nodes)
    }

    /// The expression as written.
    public var description: String { expression }
}

extension JSONPath: Hashable {
    /// Two paths are equal when they are written the same.
    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.expression == rhs.expression }

    /// Hashes the expression text.
    public func hash(into hasher: inout Hasher) { hasher.combine(expression) }
}
