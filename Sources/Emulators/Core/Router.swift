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
        /// For each segment, whether it is a literal (more specific than a parameter).
        var rank: [Bool]
        var route: Route
    }

    private enum TemplateSegment: Sendable {
        /// A literal, kept lower-cased when the router ignores case.
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
            if segment.hasPrefix("{") && segment.hasSuffix("}") && segment.count > 2 {
                return .parameter(String(segment.dropFirst().dropLast()))
            }
            return .literal(pathCase == .insensitive ? segment.lowercased() : segment)
        }
        let rank = segments.map { if case .literal = $0 { true } else { false } }
        entries.append(Entry(method: method.uppercased(), template: template, segments: segments, rank: rank, route: route))
    }

    /// The best match for the request's method and path, or `nil` when no template fits.
    public func match(_ request: HTTPRequest) -> RouteMatch<Route>? {
        match(method: request.method, rawPath: request.rawPath)
    }

    /// The best match for `method` and a path whose segments are still percent-encoded.
    public func match(method: String, rawPath: String) -> RouteMatch<Route>? {
        let segments = Self.split(rawPath).map { FormEncoding.percentDecode($0.utf8, plusIsSpace: false) }
        let compared = pathCase == .insensitive ? segments.map { $0.lowercased() } : segments
        var best: Entry?
        for entry in entries where entry.method.caseInsensitiveEquals(method) && fits(entry.segments, compared) {
            if best == nil || Self.isMoreSpecific(entry.rank, than: best!.rank) { best = entry }
        }
        return best.map { RouteMatch(route: $0.route, parameters: Self.parameters(of: $0.segments, in: segments), template: $0.template) }
    }

    /// The methods registered for templates that fit the path (for a 405 answer and its
    /// `Allow` header); empty when no template fits.
    public func allowedMethods(rawPath: String) -> [String] {
        let segments = Self.split(rawPath).map { FormEncoding.percentDecode($0.utf8, plusIsSpace: false) }
        let compared = pathCase == .insensitive ? segments.map { $0.lowercased() } : segments
        var methods: [String] = []
        for entry in entries where fits(entry.segments, compared) && !methods.contains(entry.method) {
            methods.append(entry.method)
        }
        return methods
    }

    /// Whether every literal of `template` equals the segment at its place (segments already
    /// lower-cased when the router ignores case).
    private func fits(_ template: [TemplateSegment], _ segments: [String]) -> Bool {
        guard template.count == segments.count else { return false }
        for index in template.indices {
            if case .literal(let literal) = template[index], literal != segments[index] { return false }
        }
        return true
    }

    private static func parameters(of template: [TemplateSegment], in segments: [String]) -> [String: String] {
        var parameters: [String: String] = [:]
        for index in template.indices {
            if case .parameter(let name) = template[index] { parameters[name] = segments[index] }
        }
        return parameters
    }

    private static func isMoreSpecific(_ rank: [Bool], than other: [Bool]) -> Bool {
        for index in rank.indices where index < other.count && rank[index] != other[index] { return rank[index] }
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
