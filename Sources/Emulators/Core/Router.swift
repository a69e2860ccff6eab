import Foundation
import MicroHTTP

/// Matches a request's method and path against path templates such as `/api/v1/users/{id}`
/// and hands back the value registered for the best match with the path parameters.
///
/// Values only: the router stores whatever the emulator registers (typically a handler) and
/// does no I/O. A literal segment beats a parameter at the same position, so
/// `/users/customfieldnames` wins over `/users/{id}`. Empty segments are ignored, so a trailing
/// slash does not matter.
public struct Router<Route: Sendable>: Sendable {
    /// How literal path segments compare.
    public enum PathCase: Sendable, Hashable {
        /// Exactly, as most servers do.
        case sensitive
        /// Ignoring ASCII case, as ASP.NET routing does.
        case insensitive
    }

    private struct Entry: Sendable {
        var method: String
        var template: String
        var segments: [TemplateSegment]
        var route: Route
    }

    private var entries: [Entry] = []
    /// How literal segments compare.
    public let pathCase: PathCase

    /// Creates an empty router.
    public init(pathCase: PathCase = .sensitive) {
        self.pathCase = pathCase
    }

    /// Registers `route` for `method` (compared without regard to case) and `template`, whose
    /// `{name}` segments capture one path segment each.
    public mutating func add(_ method: String, _ template: String, _ route: Route) {
        let segments = Self.split(template).map { segment -> TemplateSegment in
            segment.hasPrefix("{") && segment.hasSuffix("}") && segment.count > 2
                ? .parameter(String(segment.dropFirst().dropLast())) : .literal(pathCase == .sensitive ? segment : segment.lowercased())
        }
        entries.append(Entry(method: method.uppercased(), template: template, segments: segments, route: route))
    }

    /// The best match for the request's method and path, or `nil` when no template fits.
    public func match(_ request: HTTPRequest) -> RouteMatch<Route>? {
        match(method: request.method, rawPath: request.rawPath)
    }

    /// The best match for `method` and a path whose segments are still percent-encoded.
    public func match(method: String, rawPath: String) -> RouteMatch<Route>? {
        let segments = pathSegments(rawPath)
        let method = method.uppercased()
        var best: (entry: Entry, parameters: [String: String], rank: [Bool])?
        for entry in entries where entry.method == method {
            guard let parameters = bind(entry.segments, to: segments) else { continue }
            let rank = entry.segments.map { if case .literal = $0 { true } else { false } }
            if best == nil || Self.isMoreSpecific(rank, than: best!.rank) {
                best = (entry, parameters, rank)
            }
        }
        return best.map { RouteMatch(route: $0.entry.route, parameters: $0.parameters, template: $0.entry.template) }
    }

    /// The methods registered for templates that fit the path (for a 405 answer and its
    /// `Allow` header); empty when no template fits.
    public func allowedMethods(rawPath: String) -> [String] {
        let segments = pathSegments(rawPath)
        var methods: [String] = []
        for entry in entries where bind(entry.segments, to: segments) != nil && !methods.contains(entry.method) {
            methods.append(entry.method)
        }
        return methods
    }

    /// A request path's segments, each percent-decoded as sent and, for case-insensitive
    /// routing, also lower-cased for comparing with literals (decoding only when a `%` asks for
    /// it, since this runs for every request).
    private func pathSegments(_ rawPath: String) -> [(value: String, folded: String)] {
        Self.split(rawPath).map { segment in
            let value = segment.utf8.contains(UInt8(ascii: "%")) ? segment.removingPercentEncoding ?? segment : segment
            return (value, pathCase == .sensitive ? value : value.lowercased())
        }
    }

    private func bind(_ template: [TemplateSegment], to segments: [(value: String, folded: String)]) -> [String: String]? {
        guard template.count == segments.count else { return nil }
        for index in template.indices {
            if case .literal(let literal) = template[index], literal != segments[index].folded { return nil }
        }
        var parameters: [String: String] = [:]
        for index in template.indices {
            if case .parameter(let name) = template[index] { parameters[name] = segments[index].value }
        }
        return parameters
    }

    private static func isMoreSpecific(_ rank: [Bool], than other: [Bool]) -> Bool {
        for (mine, theirs) in zip(rank, other) where mine != theirs { return mine }
        return false
    }

    private static func split(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}

/// The outcome of a successful route lookup.
public struct RouteMatch<Route: Sendable>: Sendable {
    /// The value registered for the template.
    public var route: Route
    /// The captured path parameters, percent-decoded, by name.
    public var parameters: [String: String]
    /// The template that matched, as registered.
    public var template: String
}

/// One segment of a route template: matched literally, or captured as a named parameter.
/// (Outside the generic router, so matching needs no generic metadata per request.)
private enum TemplateSegment: Sendable {
    case literal(String)
    case parameter(String)
}
