/// A WireMock `response-template`: a Handlebars subset compiled once and rendered per request.
///
/// Compiling resolves every name and helper argument, so a bad template fails here, with a
/// line and column, rather than when a request comes in; rendering only walks the compiled
/// nodes (no parsing, no regular expressions).
///
/// Supported: `request.url`, `request.path`, `request.path.<param>`, `request.path.[n]`,
/// `request.pathSegments.[n]`, `request.query.<k>` (`.[n]`), `request.headers.<k>` (any case,
/// `.[n]`), `request.cookies.<k>`, `request.method`, `request.body`, `request.baseUrl`;
/// the helpers `jsonPath`, `now`, `randomValue`, `eq`, `ne`/`neq`, `gt`, `gte`, `lt`, `lte`,
/// `and`, `or`, `not`; the blocks `#if`, `#unless`, `#each` (with `this`, `@index`, `@key`,
/// `@first`, `@last`, `as |item index|`) and comparison blocks such as `#eq`; `{{else}}`,
/// `{{else if …}}`; sub-expressions in parentheses; comments `{{! … }}` and `{{!-- … --}}`;
/// whitespace control `{{~ … ~}}`; `\{{` for a literal `{{`.
///
/// **Escaping.** `{{value}}` and `{{{value}}}` both write the value as it is: nothing is
/// HTML-escaped. This follows WireMock 3, whose template engine has escaping disabled by
/// default (`templateEscapingDisabled = true`; WireMock 2 escaped `{{…}}` as HTML, which turned
/// JSON quotes into `&quot;`). Stub bodies are JSON far more often than HTML, so values copied
/// from a request arrive unchanged; `{{{…}}}` is accepted for templates written for WireMock 2.
///
/// Literal text outside tags is kept byte for byte; only `{{` starts a tag, so JSON such as
/// `{"a": {"b": 1}}` passes through untouched.
public struct ResponseTemplate: Sendable {
    /// The template source, as given.
    public let source: String
    private let nodes: [TemplateNode]

    /// Compiles `source`, or throws a ``TemplateError`` with the position and reason.
    public init(_ source: String) throws(TemplateError) {
        let bytes = Array(source.utf8)
        var parser = TemplateParser(bytes: bytes)
        do throws(TemplateSyntaxError) {
            nodes = try parser.parse()
        } catch {
            throw error.located(in: bytes)
        }
        self.source = source
    }

    /// The text every render gives when the template reads nothing from the request, time or
    /// randomness (only text, comments and escapes), else `nil`.
    public var literalText: String? {
        switch nodes.first {
        case nil: return ""
        case .text(let text)? where nodes.count == 1: return text
        default: return nil
        }
    }

    /// The template's text for the request and time in `context`.
    public func render(_ context: TemplateContext) -> String {
        if let literalText { return literalText }
        var renderer = TemplateRenderer(context: context, capacity: source.utf8.count)
        renderer.render(nodes)
        return renderer.output
    }
}
