import Foundation
import UnderstudyCore
import MicroHTTP
@testable import Recording

/// What a test request got back.
struct TestAnswer: Sendable, Equatable {
    var status: Int
    var headers: HTTPHeaders
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// Status, media type and body: what stays the same between a live answer, its replay and
    /// its stub (the server's `Date` header does not).
    var essence: Essence { Essence(status: status, contentType: headers["Content-Type"], body: text) }

    struct Essence: Equatable {
        var status: Int
        var contentType: String?
        var body: String
    }
}

/// Sends requests the way a connector would, without following redirects or decoding bodies (it
/// uses the recorder's own upstream client, which sends only the headers given).
enum TestClient {
    private static let client = UpstreamClient(timeout: 30)

    /// Sends a request and waits for the answer.
    static func send(
        _ method: String, _ url: String, headers: [String: String] = [:], body: String? = nil
    ) async throws -> TestAnswer {
        let fields = headers.sorted { $0.key < $1.key }.map { HTTPHeaders.Field(name: $0.key, value: $0.value) }
        let request = UpstreamRequest(method: method, url: URL(string: url)!, headers: HTTPHeaders(fields), body: body.map { Data($0.utf8) })
        let answer = try await withCheckedThrowingContinuation { continuation in
            client.send(request) { continuation.resume(with: $0) }
        }
        return TestAnswer(status: answer.status, headers: answer.headers, body: answer.body)
    }

    /// `GET url`.
    static func get(_ url: String, headers: [String: String] = [:]) async throws -> TestAnswer {
        try await send("GET", url, headers: headers)
    }
}
