import MicroHTTP
import UnderstudyCore

/// A request prepared for matching against many stubs: each derived value (path, query,
/// cookies, form fields, body text and JSON) is computed at most once, and only if a stub asks.
final class MatchInput {
    /// The request.
    let request: HTTPRequest
    /// The path as sent, percent-encoding kept.
    let rawPath: String

    convenience init(_ request: HTTPRequest) {
        self.init(request, rawPath: request.rawPath)
    }

    /// Prepares `request`, whose raw path the caller already has.
    init(_ request: HTTPRequest, rawPath: String) {
        self.request = request
        self.rawPath = rawPath
    }

    /// Decoded query parameter values by name.
    private(set) lazy var queryValues: [String: [String]] = Self.group(request.queryItems)

    /// Cookie values by name.
    private(set) lazy var cookieValues: [String: [String]] = Self.group(request.cookies)

    /// Decoded form fields of the body by name.
    private(set) lazy var formValues: [String: [String]] = Self.group(request.formParameters)

    /// The body as text, or `nil` when it is empty (WireMock treats an empty body as absent).
    private(set) lazy var bodyText: String? = request.body.isEmpty ? nil : request.bodyText

    private var parsedBody: JSONValue??

    /// Parses `text` as JSON, remembering the result for the body so it is parsed once.
    func parseJSON(_ text: String) -> JSONValue? {
        guard text == bodyText else { return try? JSONValue(parsing: text) }
        if let parsedBody { return parsedBody }
        let parsed = try? JSONValue(parsing: text)
        parsedBody = .some(parsed)
        return parsed
    }

    private static func group(_ pairs: [(name: String, value: String)]) -> [String: [String]] {
        var grouped: [String: [String]] = [:]
        for pair in pairs { grouped[pair.name, default: []].append(pair.value) }
        return grouped
    }
}
