import Foundation
import UnderstudyCore

/// Writes the WireMock `response` object for a recorded response: status, headers, body (text,
/// base64, or a body file); under ``StubProfile/stubs`` volatile values become templates.
struct ResponseBuilder {
    var profile: StubProfile

    /// Bodies larger than this go to `__files/` under ``StubProfile/stubs``.
    static let bodyFileThreshold = 4096
    /// Headers that describe the recorded transfer rather than the response (the server writes
    /// its own length and date; recorded bodies are usually decoded).
    private static let transferHeaders: Set<String> = [
        "content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding", "date",
    ]
    /// Timestamps this close to the recording time are written relative to the serving time.
    static let nowWindow: TimeInterval = 48 * 3600

    /// The response and, when the body goes to `__files/` as `bodyFileName`, its bytes.
    func response(for exchange: RecordedExchange, bodyFileName: String) -> (json: JSONValue, bodyFile: Data?) {
        var response: [String: JSONValue] = ["status": .integer(Int64(exchange.entry.response.status))]
        let headers = self.headers(exchange)
        if !headers.isEmpty { response["headers"] = .object(headers) }
        var body = exchange.responseBody
        if profile == .stubs, let text = String(data: body, encoding: .utf8), let template = templated(text, started: exchange.started) {
            body = Data(template.utf8)
            response["transformers"] = ["response-template"]
        }
        guard !body.isEmpty else { return (.object(response), nil) }
        if profile == .stubs, body.count > Self.bodyFileThreshold {
            response["bodyFileName"] = .string(bodyFileName)
            return (.object(response), body)
        }
        if !body.contains(0), let text = String(data: body, encoding: .utf8) {
            response["body"] = .string(text)
        } else {
            response["base64Body"] = .string(body.base64EncodedString())
        }
        return (.object(response), nil)
    }

    /// The recorded headers less transfer headers (`Content-Encoding` stays only when the recorded
    /// body is still encoded, see ``ContentCodings/stillApply(to:storedAsBase64:)``); repeated
    /// names become lists.
    private func headers(_ exchange: RecordedExchange) -> [String: JSONValue] {
        let response = exchange.entry.response
        let codings = ContentCodings(response.headers.filter { $0.name.caseInsensitiveEquals("Content-Encoding") }.map(\.value))
        let stillEncoded = codings.stillApply(to: exchange.responseBody, storedAsBase64: response.content.encoding == "base64")
        var names: [String: String] = [:]
        var values: [String: [JSONValue]] = [:]
        for header in response.headers where !header.name.hasPrefix(":") {
            let lower = header.name.lowercased()
            guard !Self.transferHeaders.contains(lower) || (lower == "content-encoding" && stillEncoded) else { continue }
            let name = names[lower] ?? header.name
            names[lower] = name
            values[name, default: []].append(.string(header.value))
        }
        return values.mapValues { $0.count == 1 ? $0[0] : .array($0) }
    }

    /// `text` with placeholders as random values and timestamps near `started` as `now` with the
    /// offset and format they had; `nil` when nothing changed or the text already has `{{`.
    private func templated(_ text: String, started: Date?) -> String? {
        guard !text.contains("{{"), !text.contains("}}") else { return nil }
        var result = Placeholder.split(text).map { piece -> String in
            switch piece {
            case .literal(let literal): return literal
            case .placeholder: return "{{randomValue length=32 type='ALPHANUMERIC'}}"
            }
        }.joined()
        if let started {
            result = result.replacing(Self.timestamp) { match in
                let found = String(match.output.0)
                guard let shape = TimestampShape(found), let format = shape.templateFormat, let date = TimestampShape.date(found),
                    abs(date.timeIntervalSince(started)) <= Self.nowWindow
                else { return found }
                let offset = Int(date.timeIntervalSince(started).rounded())
                return "{{now offset='\(offset) seconds' format=\"\(format)\"}}"
            }
        }
        return result == text ? nil : result
    }

    private nonisolated(unsafe) static let timestamp =
        /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:?[0-9]{2})?/
}
