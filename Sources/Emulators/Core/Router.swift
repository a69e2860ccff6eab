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

    private enum TemplateSegment: Sendable {
        case literal(String)
        case parameter(String)
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
                ? .parameter(String(segment.dropFirst().dropLast())) : .literal(segment)
        }
        entries.append(Entry(method: method.uppercased(), template: template, segments: segments, route: route))
    }

    /// The best match for the request's method and path, or `nil` when no template fits.
    public func match(_ request: HTTPRequest) -> RouteMatch<Route>? {
        match(method: request.method, rawPath: request.rawPath)
    }

    /// The best match for `method` and a path whose segments are still percent-encoded.
    public func match(method: String, rawPath: String) -> RouteMatch<Route>? {
        let segments = Self.split(rawPath).map { FormEncoding.percentDecode($0.utf8, plusIsSpace: false) }
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
        let segments = Self.split(rawPath).map { FormEncoding.percentDecode($0.utf8, plusIsSpace: false) }
        var methods: [String] = []
        for entry in entries where bind(entry.segments, to: segments) != nil && !methods.contains(entry.method) {
            methods.append(entry.method)
        }
        return methods
    }

    private func bind(_ template: [TemplateSegment], to segments: [String]) -> [String: String]? {
        guard template.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (expected, actual) in zip(template, segments) {
            switch expected {
            case .parameter(let name):
                parameters[name] = actual
            case .literal(let literal):
                let equal = pathCase == .sensitive ? literal == actual : literal.lowercased() == actual.lowercased()
                guard equal else { return nil }
            }
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
