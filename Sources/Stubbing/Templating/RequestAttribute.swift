import Foundation

/// An attribute of the request that a template reads: `request.url`, `request.path.[1]`,
/// `request.query.page`, `request.headers.X-Id`, … resolved once, when the template is compiled.
enum RequestAttribute: Sendable, Hashable {
    /// `request.url`: path and query as sent, percent-encoding kept.
    case url
    /// `request.path`: the decoded path.
    case path
    /// `request.pathSegments`: every path segment.
    case pathSegments
    /// `request.path.[n]` or `request.pathSegments.[n]`: the decoded segment `n` (0-based).
    case pathSegment(Int)
    /// `request.path.<name>`: a named parameter of the matched `urlPathTemplate`.
    case pathParameter(String)
    /// `request.query.<name>`: every value (renders as the first); with an index, the n-th.
    case query(String, index: Int?)
    /// `request.headers.<name>` (any case): every value (renders as the first); with an index, the n-th.
    case header(String, index: Int?)
    /// `request.cookies.<name>`: every value (renders as the first); with an index, the n-th.
    case cookie(String, index: Int?)
    /// `request.method`.
    case method
    /// `request.body`: the body as UTF-8 text.
    case body
    /// `request.baseUrl`: the scheme (`https` over TLS) and the `Host` header (empty without one).
    case baseURL

    /// Resolves the components after `request.`; `offset` positions errors.
    static func resolve(_ components: [PathComponent], offset: Int) throws(TemplateSyntaxError) -> RequestAttribute {
        guard let first = components.first else {
            throw TemplateSyntaxError(offset: offset, reason: "'request' needs an attribute, such as request.path or request.query.<name>")
        }
        let rest = Array(components.dropFirst())
        let attribute: RequestAttribute
        switch first.name {
        case "url": attribute = .url
        case "method": attribute = .method
        case "body": attribute = .body
        case "baseUrl": attribute = .baseURL
        case "path":
            guard let next = rest.first else { return .path }
            attribute = next.index.map(RequestAttribute.pathSegment) ?? .pathParameter(next.name)
            return try checkEnd(attribute, rest.dropFirst(), offset: offset)
        case "pathSegments":
            guard let next = rest.first else { return .pathSegments }
            guard let index = next.index else {
                throw TemplateSyntaxError(offset: offset, reason: "request.pathSegments takes an index, such as request.pathSegments.[0]")
            }
            return try checkEnd(.pathSegment(index), rest.dropFirst(), offset: offset)
        case "query", "headers", "cookies":
            guard let name = rest.first?.name else {
                throw TemplateSyntaxError(offset: offset, reason: "request.\(first.name) needs a name, such as request.\(first.name).<name>")
            }
            var index: Int?
            if rest.count > 1 {
                guard let position = rest[1].index else {
                    throw TemplateSyntaxError(offset: offset, reason: "request.\(first.name).\(name) takes an index, such as .[0], not '\(rest[1].name)'")
                }
                index = position
            }
            let multiValued: RequestAttribute = switch first.name {
            case "query": .query(name, index: index)
            case "headers": .header(name, index: index)
            default: .cookie(name, index: index)
            }
            return try checkEnd(multiValued, rest.dropFirst(2), offset: offset)
        default:
            throw TemplateSyntaxError(
                offset: offset,
                reason: "unknown request attribute '\(first.name)' (known: url, path, pathSegments, query, headers, cookies, method, body, baseUrl)")
        }
        return try checkEnd(attribute, rest[...], offset: offset)
    }

    private static func checkEnd(_ attribute: RequestAttribute, _ rest: ArraySlice<PathComponent>, offset: Int) throws(TemplateSyntaxError) -> RequestAttribute {
        guard let extra = rest.first else { return attribute }
        throw TemplateSyntaxError(offset: offset, reason: "unexpected '\(extra.name)' after \(attribute.spelling)")
    }

    /// How the attribute is written in a template, for messages.
    private var spelling: String {
        switch self {
        case .url: "request.url"
        case .path: "request.path"
        case .pathSegments: "request.pathSegments"
        case .pathSegment(let index): "request.path.[\(index)]"
        case .pathParameter(let name): "request.path.\(name)"
        case .query(let name, let index): "request.query.\(name)" + (index.map { ".[\($0)]" } ?? "")
        case .header(let name, let index): "request.headers.\(name)" + (index.map { ".[\($0)]" } ?? "")
        case .cookie(let name, let index): "request.cookies.\(name)" + (index.map { ".[\($0)]" } ?? "")
        case .method: "request.method"
        case .body: "request.body"
        case .baseURL: "request.baseUrl"
        }
    }

    /// The attribute's value for the request in `model`.
    func value(in model: inout RequestModel) -> TemplateValue {
        switch self {
        case .url: return .text(model.request.target)
        case .path: return .text(model.path)
        case .pathSegments: return .list(model.pathSegments)
        case .pathSegment(let index): return Self.element(model.pathSegments, index)
        case .pathParameter(let name): return model.pathParameters[name].map(TemplateValue.text) ?? .missing
        case .query(let name, let index): return Self.values(model.queryValues(name), index)
        case .header(let name, let index): return Self.values(model.request.headers.values(for: name), index)
        case .cookie(let name, let index):
            return Self.values(model.request.cookies.filter { $0.name == name }.map(\.value), index)
        case .method: return .text(model.request.method)
        case .body: return .text(model.request.bodyText)
        case .baseURL: return model.request.baseURL.map { .text($0) } ?? .missing
        }
    }

    private static func values(_ values: [String], _ index: Int?) -> TemplateValue {
        guard let index else { return values.isEmpty ? .missing : .list(values) }
        return element(values, index)
    }

    private static func element(_ values: [String], _ index: Int) -> TemplateValue {
        values.indices.contains(index) ? .text(values[index]) : .missing
    }
}
