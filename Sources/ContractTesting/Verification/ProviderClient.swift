import Foundation
import MicroHTTP
import UnderstudyCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends requests to a provider and returns what it answered, as it answered: redirects are not
/// followed, cookies and caches are not used, and every exchange ends after the timeout.
final class ProviderClient: Sendable {
    private let session: URLSession

    /// Creates a client whose exchanges end after `timeout` (set on the session, as URLSession on
    /// Linux ignores a request's own timeout).
    init(timeout: Duration) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = max(0.001, timeout.seconds)
        configuration.timeoutIntervalForResource = configuration.timeoutIntervalForRequest
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// The provider's answer to `request`; throws ``ProviderClientError`` when there is none.
    func send(_ request: OutgoingRequest) async throws(ProviderClientError) -> ObservedResponse {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData)
        urlRequest.httpMethod = request.method
        for field in request.headers { urlRequest.addValue(field.value, forHTTPHeaderField: field.name) }
        if !request.body.isEmpty { urlRequest.httpBody = request.body }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch {
            throw ProviderClientError(reason: Self.describe(error))
        }
        guard let http = response as? HTTPURLResponse else { throw ProviderClientError(reason: "the answer is not HTTP") }
        var headers = HTTPHeaders()
        let fields = http.allHeaderFields.compactMap { name, value in (name as? String).map { ($0, String(describing: value)) } }
        for (name, value) in fields.sorted(by: { $0.0.lowercased() < $1.0.lowercased() }) { headers.add(name: name, value: value) }
        return ObservedResponse(status: http.statusCode, headers: headers, body: data)
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? URLError else { return String(describing: error) }
        switch error.code {
        case .timedOut: return "no answer within the timeout"
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost: return "unknown host"
        case .networkConnectionLost: return "the connection closed before the answer was complete"
        default: return error.localizedDescription
        }
    }
}

/// Why a provider gave no answer.
struct ProviderClientError: Error, Equatable {
    var reason: String
}

/// Hands a redirect back to the verifier as the answer instead of following it.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
