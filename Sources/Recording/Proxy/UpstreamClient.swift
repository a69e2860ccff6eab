import Foundation
import UnderstudyCore
import MicroHTTP
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends forwarded requests upstream with URLSession, one delegate-driven task per request:
/// no cookies, no cache, redirects handed back as they are. Completions run on URLSession's
/// delegate queue, never on a server thread.
final class UpstreamClient: Sendable {
    private let session: URLSession
    private let delegate: UpstreamDelegate

    /// A client whose requests give up after `timeout` seconds (URLSession on Linux honours the
    /// session's timeout, not a request's).
    init(timeout: TimeInterval) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpMaximumConnectionsPerHost = 32
        delegate = UpstreamDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    /// Sends `request` and calls `completion` once with the answer or the failure.
    func send(_ request: URLRequest, completion: @escaping @Sendable (Result<UpstreamAnswer, UpstreamFailure>) -> Void) {
        let task = session.dataTask(with: request)
        delegate.register(task.taskIdentifier, completion: completion)
        task.resume()
    }

    /// Cancels what is under way and releases the session.
    func close() {
        session.invalidateAndCancel()
    }
}

/// URLSession's delegate: collects each task's response and body, refuses redirects.
private final class UpstreamDelegate: NSObject, URLSessionDataDelegate, Sendable {
    private struct Pending {
        var started = ContinuousClock.now
        var headersArrived: ContinuousClock.Instant?
        var response: HTTPURLResponse?
        var body = Data()
        var completion: @Sendable (Result<UpstreamAnswer, UpstreamFailure>) -> Void
    }

    private let pending = Mutex<[Int: Pending]>([:])

    func register(_ task: Int, completion: @escaping @Sendable (Result<UpstreamAnswer, UpstreamFailure>) -> Void) {
        pending.withLock { $0[task] = Pending(completion: completion) }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        pending.withLock { tasks in
            tasks[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse
            tasks[dataTask.taskIdentifier]?.headersArrived = ContinuousClock.now
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        pending.withLock { $0[dataTask.taskIdentifier]?.body.append(data) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let done = pending.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        let finished = ContinuousClock.now
        guard error == nil, let response = done.response ?? (task.response as? HTTPURLResponse) else {
            done.completion(.failure(error.map(UpstreamFailure.init) ?? UpstreamFailure(reason: "not an HTTP answer")))
            return
        }
        let headersArrived = done.headersArrived ?? finished
        done.completion(.success(UpstreamAnswer(
            status: response.statusCode, headers: Self.headers(of: response), body: done.body,
            wait: headersArrived - done.started, receive: finished - headersArrived)))
    }

    /// The response headers sorted by name (URLSession keeps neither order nor duplicates; it
    /// joins repeated headers with `, `, so `Set-Cookie` is split again where a new cookie starts).
    private static func headers(of response: HTTPURLResponse) -> HTTPHeaders {
        var fields: [HTTPHeaders.Field] = []
        let pairs = response.allHeaderFields.compactMap { key, value in (key as? String).map { ($0, "\(value)") } }
        for (name, value) in pairs.sorted(by: { $0.0.lowercased() < $1.0.lowercased() }) {
            let values = name.caseInsensitiveEquals("Set-Cookie") ? SetCookieSplitter.split(value) : [value]
            fields += values.map { HTTPHeaders.Field(name: name, value: $0) }
        }
        return HTTPHeaders(fields)
    }
}
