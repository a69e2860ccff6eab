import Foundation
import MicroHTTP
import UnderstudyCore

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
        /// For each segment, whether it is a literal: the more literals first, the more specific.
        var rank: [Bool]
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
        let segments = template.split(separator: "/").map { segment -> TemplateSegment in
            segment.hasPrefix("{") && segment.hasSuffix("}") && segment.count > 2
                ? .parameter(String(segment.dropFirst().dropLast())) : .literal(pathCase == .sensitive ? String(segment) : segment.lowercased())
        }
        let rank = segments.map { if case .literal = $0 { true } else { false } }
        entries.append(Entry(method: method.uppercased(), template: template, segments: segments, rank: rank, route: route))
    }

    /// The best match for the request's method and path, or `nil` when no template fits.
    public func match(_ request: HTTPRequest) -> RouteMatch<Route>? {
        match(method: request.method, rawPath: request.rawPath)
    }

    /// The best match for `method` and a path whose segments are still percent-encoded.
    ///
    /// This runs for every request, so it compares the path's bytes in place and builds the
    /// parameters only for the winning template.
    public func match(method: String, rawPath: String) -> RouteMatch<Route>? {
        let segments = PathSegment.split(rawPath)
        var bestIndex: Int?
        for index in entries.indices {
            guard entries[index].method == method || entries[index].method.caseInsensitiveEquals(method),
                fits(entries[index].segments, segments)
            else { continue }
            if let current = bestIndex, !Self.isMoreSpecific(entries[index].rank, than: entries[current].rank) { continue }
            bestIndex = index
        }
        guard let bestIndex else { return nil }
        let best = entries[bestIndex]
        var parameters: [String: String] = [:]
        for (template, segment) in zip(best.segments, segments) {
            if case .parameter(let name) = template { parameters[name] = segment.decoded }
        }
        return RouteMatch(route: best.route, parameters: parameters, template: best.template)
    }

    /// The methods registered for templates that fit the path (for a 405 answer and its
    /// `Allow` header); empty when no template fits.
    public func allowedMethods(rawPath: String) -> [String] {
        let segments = PathSegment.split(rawPath)
        var methods: [String] = []
        for entry in entries where fits(entry.segments, segments) && !methods.contains(entry.method) {
            methods.append(entry.method)
        }
        return methods
    }

    private func fits(_ template: [TemplateSegment], _ segments: [PathSegment]) -> Bool {
        guard template.count == segments.count else { return false }
        for (expected, segment) in zip(template, segments) {
            if case .literal(let literal) = expected, !segment.equals(literal, ignoringCase: pathCase == .insensitive) { return false }
        }
        return true
    }

    private static func isMoreSpecific(_ rank: [Bool], than other: [Bool]) -> Bool {
        for (mine, theirs) in zip(rank, other) where mine != theirs { return mine }
        return false
    }
}

/// One segment of a request path, still percent-encoded as sent; decoded only when a `%` asks
/// for it.
private struct PathSegment {
    let raw: Substring

    /// The non-empty segments of `rawPath` (so a trailing or doubled slash does not matter).
    static func split(_ rawPath: String) -> [PathSegment] {
        rawPath.utf8.split(separator: UInt8(ascii: "/")).map { PathSegment(raw: Substring($0)) }
    }

    /// The segment percent-decoded (as sent when it holds no valid escape).
    var decoded: String {
        raw.utf8.contains(UInt8(ascii: "%")) ? raw.removingPercentEncoding ?? String(raw) : String(raw)
    }

    /// Whether the decoded segment is `literal`, ignoring ASCII case when asked (literals of a
    /// case-insensitive router are stored lower-cased).
    func equals(_ literal: String, ignoringCase: Bool) -> Bool {
        guard !raw.utf8.contains(UInt8(ascii: "%")) else {
            return ignoringCase ? decoded.lowercased() == literal : decoded == literal
        }
        guard ignoringCase else { return raw == literal }
        return raw.utf8.elementsEqual(literal.utf8) { byte, expected in
            byte == expected || ((0x41...0x5A).contains(byte) && byte | 0x20 == expected)
        }
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
