import Foundation
import UnderstudyCore
import MicroHTTP

/// One request forwarded upstream and its answer, as the recorder writes it into a HAR entry.
struct ProxiedExchange: Sendable {
    /// The client's request.
    var request: HTTPRequest
    /// The request headers as recorded (see ``Forwarding/recordedHeaders(of:upstream:)``).
    var headers: HTTPHeaders
    /// The absolute upstream URL.
    var url: URL
    /// When the request arrived.
    var started: Date
    /// The upstream's answer.
    var answer: UpstreamAnswer

    /// The exchange as a HAR entry (not yet redacted).
    var entry: HAREntry {
        let timings = HARTimings(send: 0, wait: Self.milliseconds(answer.wait), receive: Self.milliseconds(answer.receive))
        return HAREntry(
            startedDateTime: started.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)),
            time: timings.total, request: harRequest, response: harResponse, timings: timings)
    }

    private var harRequest: HARRequest {
        let contentType = headers["Content-Type"] ?? ""
        var postData: HARPostData?
        if !request.body.isEmpty {
            let content = HARContent(body: request.body, mimeType: contentType)
            postData = HARPostData(mimeType: contentType, text: content.text, encoding: content.encoding)
        }
        return HARRequest(
            method: request.method, url: url.absoluteString,
            cookies: request.cookies.map { HARCookie(name: $0.name, value: $0.value) },
            headers: headers.map { HARNameValue(name: $0.name, value: $0.value) },
            queryString: request.queryItems.map { HARNameValue(name: $0.name, value: $0.value) },
            postData: postData, bodySize: request.body.count)
    }

    private var harResponse: HARResponse {
        let headers = answer.headers
        return HARResponse(
            status: answer.status, statusText: answer.reason.isEmpty ? HTTPStatusText.of(answer.status) : answer.reason,
            cookies: headers.values(for: "Set-Cookie").compactMap(Self.cookie),
            headers: headers.map { HARNameValue(name: $0.name, value: $0.value) },
            content: content, redirectURL: headers["Location"] ?? "", bodySize: answer.body.count)
    }

    /// The body as browsers record it: decoded (`size` the decoded length, `compression` the
    /// bytes the coding saved); a coding the recorder cannot undo leaves the bytes as they came,
    /// in base64, and replay serves them with their `Content-Encoding`.
    private var content: HARContent {
        let codings = ContentCodings(answer.headers.values(for: "Content-Encoding"))
        let mimeType = answer.headers["Content-Type"] ?? ""
        guard let decoded = ContentDecoder.decoded(answer.body, codings: codings) else {
            return HARContent(size: answer.body.count, mimeType: mimeType, text: answer.body.base64EncodedString(), encoding: "base64")
        }
        var content = HARContent(body: decoded, mimeType: mimeType)
        if !codings.isEmpty { content.compression = decoded.count - answer.body.count }
        return content
    }

    /// A `Set-Cookie` value as a HAR cookie.
    private static func cookie(_ value: String) -> HARCookie? {
        let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, let equals = first.firstIndex(of: "=") else { return nil }
        var cookie = HARCookie(name: String(first[..<equals]), value: String(first[first.index(after: equals)...]))
        for attribute in parts.dropFirst() {
            let pair = attribute.split(separator: "=", maxSplits: 1).map(String.init)
            switch pair[0].lowercased() {
            case "path": cookie.path = pair.count > 1 ? pair[1] : nil
            case "domain": cookie.domain = pair.count > 1 ? pair[1] : nil
            case "expires": cookie.expires = pair.count > 1 ? pair[1] : nil
            case "httponly": cookie.httpOnly = true
            case "secure": cookie.secure = true
            default: break
            }
        }
        return cookie
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return (Double(seconds) * 1000 + Double(attoseconds) / 1e15).rounded()
    }
}
