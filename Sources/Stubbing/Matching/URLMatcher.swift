/// How a stub matches the request URL: WireMock's `url`, `urlPath`, `urlPattern`,
/// `urlPathPattern` or `urlPathTemplate`, or any URL when none is given.
///
/// As in WireMock, `url` and `urlPattern` see the path and query exactly as sent (raw), the
/// other kinds see the raw path only; patterns must match the whole text.
public enum URLMatcher: Sendable, Hashable, CustomStringConvertible {
    /// No URL condition.
    case any
    /// `url`: path and query equal to this.
    case url(String)
    /// `urlPath`: path equal to this.
    case urlPath(String)
    /// `urlPattern`: path and query match this regular expression.
    case urlPattern(RegexPattern)
    /// `urlPathPattern`: path matches this regular expression.
    case urlPathPattern(RegexPattern)
    /// `urlPathTemplate`: path fits this template; its variables become path parameters.
    case urlPathTemplate(PathTemplate)

    /// The WireMock field names, in the order the schema lists them.
    static let fieldNames = ["url", "urlPath", "urlPattern", "urlPathPattern", "urlPathTemplate"]

    /// The matcher in words: `urlPath "/v2/contacts"`.
    public var description: String {
        switch self {
        case .any: return "any URL"
        case .url(let url): return "url \(url.quotedForReport)"
        case .urlPath(let path): return "urlPath \(path.quotedForReport)"
        case .urlPattern(let regex): return "urlPattern \(regex.pattern.quotedForReport)"
        case .urlPathPattern(let regex): return "urlPathPattern \(regex.pattern.quotedForReport)"
        case .urlPathTemplate(let template): return "urlPathTemplate \(template.template.quotedForReport)"
        }
    }

    /// Whether this matcher looks at the query string as well as the path.
    var includesQuery: Bool {
        switch self {
        case .url, .urlPattern: return true
        default: return false
        }
    }

    /// Scores the request's raw target (`rawPath` is its path part); a template's variables go
    /// to `pathParameters`. Without `measuring`, a mismatch reports distance 1.
    func score(target: String, rawPath: String, measuring: Bool, pathParameters: inout [String: String]) -> MatchScore {
        switch self {
        case .any:
            return .exact
        case .url(let url):
            return url == target ? .exact : Self.difference(url, target, measuring: measuring)
        case .urlPath(let path):
            return path == rawPath ? .exact : Self.difference(path, rawPath, measuring: measuring)
        case .urlPattern(let regex):
            return .of(regex.matches(target))
        case .urlPathPattern(let regex):
            return .of(regex.matches(rawPath))
        case .urlPathTemplate(let template):
            guard let values = template.match(rawPath) else { return .noMatch }
            pathParameters = values
            return .exact
        }
    }

    private static func difference(_ expected: String, _ actual: String, measuring: Bool) -> MatchScore {
        measuring ? MatchScore(isExactMatch: false, distance: EditDistance.normalized(expected, actual)) : .noMatch
    }

    /// The raw path every matching request has, when there is exactly one.
    var literalPath: String? {
        switch self {
        case .url(let url): return String(url.prefix { $0 != "?" })
        case .urlPath(let path): return path
        default: return nil
        }
    }

    /// Text every matching raw path starts with, as far as it is known.
    var knownPathPrefix: String {
        switch self {
        case .any: return ""
        case .url, .urlPath: return literalPath ?? ""
        case .urlPattern(let regex), .urlPathPattern(let regex): return regex.literalPrefix
        case .urlPathTemplate(let template): return template.literalPrefix
        }
    }
}
