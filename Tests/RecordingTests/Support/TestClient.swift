import Foundation
import UnderstudyCore
import MicroHTTP
@testable import Recording

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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

/// Sends requests the way a connector would, without following redirects (it uses the
/// recorder's own upstream client, which refuses them).
enum TestClient {
    private static let client = UpstreamClient(timeout: 30)

    /// Sends a request and waits for the answer.
    static func send(
        _ method: String, _ url: String, headers: [String: String] = [:], body: String? = nil
    ) async throws -> TestAnswer {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body { request.httpBody = Data(body.utf8) }
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
