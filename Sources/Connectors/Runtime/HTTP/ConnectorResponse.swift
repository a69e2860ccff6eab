import Foundation
import UnderstudyCore

/// A vendor's successful (2xx) answer.
public struct ConnectorResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The header fields.
    public var headers: ConnectorHeaders
    /// The body bytes.
    public var body: Data
    /// The request this answers, for messages (see ``ConnectorHTTPError/requestLine``).
    public var requestLine: String {
        get { line.text }
        set { line = RequestLine(text: newValue) }
    }
    private var line: RequestLine

    /// Creates a response.
    public init(status: Int, headers: ConnectorHeaders = [:], body: Data = Data(), requestLine: String) {
        self.init(status: status, headers: headers, body: body, line: RequestLine(text: requestLine))
    }

    /// Creates a response whose request line is built when a message needs it.
    init(status: Int, headers: ConnectorHeaders, body: Data, line: RequestLine) {
        self.status = status
        self.headers = headers
        self.body = body
        self.line = line
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as JSON; an empty body is `null`.
    public func json() throws(ConnectorHTTPError) -> JSONValue {
        guard !text.trimmingWhitespace.isEmpty else { return .null }
        do {
            return try JSONValue(parsing: body)
        } catch {
            throw ConnectorHTTPError(kind: .unreadableBody(error.description), requestLine: requestLine)
        }
    }

    /// The body decoded as `type` from JSON.
    public func decode<T: Decodable>(_ type: T.Type, using decoder: JSONDecoder = JSONDecoder()) throws(ConnectorHTTPError) -> T {
        do {
            return try decoder.decode(type, from: body)
        } catch let error as DecodingError {
            throw ConnectorHTTPError(kind: .unreadableBody(Self.reason(error)), requestLine: requestLine)
        } catch {
            throw ConnectorHTTPError(kind: .unreadableBody(String(describing: error)), requestLine: requestLine)
        }
    }

    /// A decoding error as `reason at $.path`, without the values involved.
    private static func reason(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        var path: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let found):
            context = found
            path = found.codingPath + [key]
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .dataCorrupted(let found):
            context = found
            path = found.codingPath
        @unknown default: return String(describing: error)
        }
        let location = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return "\(context.debugDescription) at $\(location)"
    }
}
