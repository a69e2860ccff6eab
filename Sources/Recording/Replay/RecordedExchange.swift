import Foundation
import MicroHTTP
import UnderstudyCore

/// A HAR entry read for compiling: its request and response in the shapes stubs and pacts need.
struct RecordedExchange {
    /// The recording's name.
    var source: String
    /// The entry's position in the recording.
    var index: Int
    /// The entry.
    var entry: HAREntry
    /// The method, upper-cased.
    var method: String
    /// The path as sent, percent-encoding kept.
    var rawPath: String
    /// The query parameters, decoded, in order.
    var query: [(name: String, value: String)]
    /// The request body.
    var requestBody: Data
    /// The response body (empty when not recorded).
    var responseBody: Data

    init(entry: HAREntry, source: String, index: Int) {
        self.source = source
        self.index = index
        self.entry = entry
        method = entry.request.method.uppercased()
        let target = entry.request.target
        let request = HTTPRequest(method: method, target: target)
        rawPath = request.rawPath
        query = request.queryItems
        requestBody = entry.request.bodyData
        responseBody = entry.response.content.data ?? Data()
    }

    /// The path, decoded.
    var path: String { rawPath.removingPercentEncoding ?? rawPath }

    /// Whether the method writes (its body is part of what identifies the request).
    var isWrite: Bool { !["GET", "HEAD", "OPTIONS"].contains(method) }

    /// When the request started, if the entry says.
    var started: Date? { TimestampShape.date(entry.startedDateTime) }

    /// The request body as text, when it is UTF-8.
    var requestText: String? { requestBody.isEmpty ? nil : String(data: requestBody, encoding: .utf8) }

    /// The request body as a JSON object or array, when it is one.
    var requestJSON: JSONValue? { Self.document(requestBody) }

    /// The response body as a JSON object or array, when it is one.
    var responseJSON: JSONValue? { Self.document(responseBody) }

    /// The request's media type.
    var requestMimeType: String { entry.request.postData?.mimeType ?? entry.request.header("Content-Type") ?? "" }

    /// Whether the request body is form-encoded (by media type or by its look).
    var hasFormBody: Bool {
        guard let text = requestText, requestJSON == nil else { return false }
        return requestMimeType.lowercased().contains("x-www-form-urlencoded") || Redactor.looksLikeForm(text)
    }

    /// A short name for people: `GET /api/v1/users`.
    var title: String { "\(method) \(path)" }

    private static func document(_ data: Data) -> JSONValue? {
        guard let first = data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return nil }
        return try? JSONValue(parsing: data)
    }
}
