/// `{{jsonPath request.body '$.x'}}`: the value at a path in a JSON document.
///
/// The document is the request body (parsed at most once per render), a JSON value such as
/// an `{{#each}}` element or another helper's result, or text parsed as JSON. A string result
/// is written unquoted, any other value as compact JSON; a missing value, `null` or a
/// document that is not JSON writes nothing. As a sub-expression the result stays JSON, so
/// `{{#each (jsonPath request.body '$.items')}}` iterates it.
struct JSONPathHelper: Sendable {
    /// What holds the document.
    let source: TemplateExpression
    /// Where to look in it.
    let path: TemplateJSONPath

    /// Compiles the arguments of a `jsonPath` call.
    init(_ arguments: HelperArguments) throws(TemplateSyntaxError) {
        try arguments.expectPositional(2, "{{jsonPath request.body '$.path'}}")
        try arguments.expectHash(in: [])
        let path = arguments.positional[1]
        guard case .literal(.text(let text)) = path.expression else {
            throw TemplateSyntaxError(offset: path.offset, reason: "jsonPath needs the path as a quoted string, such as '$.id'")
        }
        source = arguments.positional[0].expression
        self.path = try TemplateJSONPath(text, offset: path.offset)
    }
}
