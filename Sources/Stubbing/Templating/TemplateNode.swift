/// One piece of a compiled template: everything a render needs is decided at compile time.
enum TemplateNode: Sendable {
    /// Literal text, written as it is.
    case text(String)
    /// `{{expression}}`: the expression's value as text.
    case value(TemplateExpression)
    /// `{{#if}}`, `{{#unless}}` or a comparison block: `then` when the condition is truthy, else `otherwise`.
    case conditional(TemplateExpression, then: [TemplateNode], otherwise: [TemplateNode])
    /// `{{#each}}`: `body` once per element, or `otherwise` (the `{{else}}` part) when there is none.
    case each(TemplateExpression, body: [TemplateNode], otherwise: [TemplateNode])
}

/// What an expression reads, resolved when the template is compiled.
indirect enum TemplateExpression: Sendable {
    /// A literal: `'text'`, `42`, `true`, `null`.
    case literal(TemplateValue)
    /// An attribute of the request, such as `request.query.page`.
    case request(RequestAttribute)
    /// The element of the `{{#each}}` at `depth` (0 = outermost), then `path` into it.
    /// With `searchesOutward`, a missing value is looked up in the enclosing loops' elements too
    /// (how a bare name such as `{{name}}` resolves in Handlebars).
    case element(depth: Int, path: [PathComponent], searchesOutward: Bool)
    /// A loop variable (`@index`, `@key`, `@first`, `@last`) of the `{{#each}}` at `depth`.
    case loopVariable(depth: Int, LoopVariable)
    /// A helper call, such as `now` or `(eq a b)`.
    case helper(TemplateHelper)
}

/// A loop variable of an `{{#each}}`.
enum LoopVariable: Sendable {
    /// `@index`: the 0-based position.
    case index
    /// `@key`: the member name when iterating an object.
    case key
    /// `@first`: whether this is the first element.
    case first
    /// `@last`: whether this is the last element.
    case last
    /// The second block parameter of `as |item position|`: the key for objects, else the index.
    case keyOrIndex
}

/// One step of a path: a member name, which is also an index when it is a whole number.
struct PathComponent: Sendable, Hashable {
    /// The member name, as written (brackets removed).
    var name: String
    /// The array index when ``name`` is a non-negative whole number.
    var index: Int?

    /// Creates a component for `name`.
    init(_ name: String) {
        self.name = name
        index = name.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ? Int(name) : nil
    }
}
