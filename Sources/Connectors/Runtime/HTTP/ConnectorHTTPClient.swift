import Foundation
import UnderstudyCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The HTTP client connectors share: requests relative to a base URL, credentials, timeouts,
/// retries of 429 and 503 honouring `Retry-After`, a dry-run guard, and a hook that sees every
/// exchange.
///
/// Answers outside 200–299 throw ``ConnectorHTTPError``, whose message carries the vendor's own
/// message and never a secret. Waiting between retries uses the client's ``clock``, so tests drive
/// retries with a `ManualClock` and never sleep.
///
/// ```swift
/// var client = ConnectorHTTPClient(baseURL: settings.BaseUrl, dryRun: action.dryRun)
/// let token = try await client.json(.token("/api/v1/authorization/tokens", body: .form([...])))
/// client.authentication = .bearer(token["access_token"]?.stringValue ?? "")
/// let user = try await client.json(.get("/api/v1/users/\(ConnectorRequest.pathSegment(reference))"))
/// ```
public struct ConnectorHTTPClient: Sendable {
    /// A function that observes exchanges.
    public typealias ExchangeHook = @Sendable (ConnectorExchange) -> Void

    /// The URL request paths are relative to; its own path is kept (`https://host/api/v1`).
    public var baseURL: URL
    /// The credentials sent with every request that does not bring its own.
    public var authentication: ConnectorAuthentication
    /// Header fields sent with every request (for example `Accept: application/json`).
    public var headers: ConnectorHeaders
    /// The longest an exchange may take when a request does not say.
    public var timeout: Duration
    /// When to send a request again.
    public var retryPolicy: RetryPolicy
    /// Refuses writes during a dry run.
    public var dryRunGuard: DryRunGuard
    /// The time source for waits between retries and for `Retry-After` dates.
    public var clock: any Clock
    /// The time source that ends exchanges running past their timeout; kept apart from ``clock``
    /// so that a test driving retry waits does not fire timeouts too.
    public var timeoutClock: any Clock
    /// Called once for every exchange, retries included, as soon as it ends.
    public var onExchange: ExchangeHook?
    private let session: URLSession

    /// Creates a client. `dryRun` sets up the ``dryRunGuard``; `session` defaults to a shared
    /// session without cookies or cache (a session of your own, for example one trusting a
    /// self-signed certificate, should not time out before ``timeout``).
    public init(
        baseURL: URL,
        authentication: ConnectorAuthentication = .none,
        headers: ConnectorHeaders = [:],
        timeout: Duration = .seconds(30),
        retryPolicy: RetryPolicy = RetryPolicy(),
        dryRun: Bool = false,
        clock: any Clock = SystemClock(),
        timeoutClock: any Clock = SystemClock(),
        session: URLSession? = nil,
        onExchange: ExchangeHook? = nil
    ) {
        self.baseURL = baseURL
        self.authentication = authentication
        self.headers = headers
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.dryRunGuard = DryRunGuard(isDryRun: dryRun)
        self.clock = clock
        self.timeoutClock = timeoutClock
        self.session = session ?? Self.sharedSession
        self.onExchange = onExchange
    }

    private static let sharedSession: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = 24 * 3600
        configuration.timeoutIntervalForResource = 24 * 3600
        return URLSession(configuration: configuration)
    }()

    /// Sends `request` and returns the vendor's 2xx answer.
    ///
    /// Throws ``DryRunViolation`` for a write during a dry run (nothing is sent),
    /// ``ConnectorHTTPError`` for any other answer or none, and `CancellationError` when cancelled.
    public func send(_ request: ConnectorRequest) async throws -> ConnectorResponse {
        try dryRunGuard.check(request)
        let prepared = try PreparedRequest(request, client: self)
        var waited = Duration.zero
        var attempt = 1
        while true {
            let answer = try await exchange(prepared, isTokenRequest: request.isTokenRequest, attempt: attempt)
            if (200..<300).contains(answer.status) {
                return ConnectorResponse(
                    status: answer.status, headers: answer.headers, body: answer.body, line: prepared.line)
            }
            if request.isRetrySafe, attempt < retryPolicy.maxAttempts, retryPolicy.retriedStatuses.contains(answer.status) {
                let delay =
                    answer.headers["Retry-After"].flatMap { RetryAfter.delay($0, now: clock.now) }
                    ?? retryPolicy.backoff(beforeRetry: attempt, unitRandom: Double.random(in: 0..<1))
                if waited + delay <= retryPolicy.maxTotalWait {
                    waited += delay
                    try await clock.wait(for: delay)
                    attempt += 1
                    continue
                }
            }
            let text = SecretRedaction.scrub(String(decoding: answer.body, as: UTF8.self), secrets: prepared.secrets)
            throw ConnectorHTTPError(
                kind: .status(answer.status), requestLine: prepared.requestLine,
                vendorMessage: VendorErrorMessage.extract(from: text), responseText: String(text.prefix(2000)), attempts: attempt)
        }
    }

    /// Sends `request` and reads the answer's body as JSON (`null` when empty).
    public func json(_ request: ConnectorRequest) async throws -> JSONValue {
        try await send(request).json()
    }

    /// Sends `request` and decodes the answer's JSON body as `type`.
    public func decode<T: Decodable>(_ type: T.Type, _ request: ConnectorRequest) async throws -> T {
        try await send(request).decode(type)
    }

    /// The session's answer to `prepared`, or `URLError.timedOut` once its timeout has passed on
    /// ``timeoutClock`` (URLSession on Linux ignores a request's own timeout).
    private func answer(_ prepared: PreparedRequest) async throws -> (Data, URLResponse) {
        let session = session
        let timeoutClock = timeoutClock
        return try await withThrowingTaskGroup(of: (Data, URLResponse)?.self) { group in
            group.addTask { try await session.data(for: prepared.urlRequest) }
            group.addTask {
                try await timeoutClock.wait(for: prepared.timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let answer = try await group.next() ?? nil else { throw URLError(.timedOut) }
            return answer
        }
    }

    /// Sends one attempt and reports it to ``onExchange``.
    private func exchange(_ prepared: PreparedRequest, isTokenRequest: Bool, attempt: Int) async throws
        -> (status: Int, headers: ConnectorHeaders, body: Data)
    {
        let start = ContinuousClock.now
        var exchange = ConnectorExchange(
            method: prepared.urlRequest.httpMethod ?? "GET", url: prepared.url, requestHeaders: prepared.headers,
            requestBody: prepared.body, status: nil, attempt: attempt, isTokenRequest: isTokenRequest)
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await answer(prepared)
        } catch {
            if Task.isCancelled { throw CancellationError() }
            let reason = SecretRedaction.scrub(
                ConnectorHTTPError.transportReason(error, timeout: prepared.timeout), secrets: prepared.secrets)
            exchange.duration = ContinuousClock.now - start
            exchange.failure = reason
            onExchange?(exchange)
            throw ConnectorHTTPError(kind: .transport(reason), requestLine: prepared.requestLine, attempts: attempt)
        }
        exchange.duration = ContinuousClock.now - start
        guard let http = response as? HTTPURLResponse else {
            exchange.failure = "not an HTTP answer"
            onExchange?(exchange)
            throw ConnectorHTTPError(kind: .transport("not an HTTP answer"), requestLine: prepared.requestLine, attempts: attempt)
        }
        var headers = ConnectorHeaders()
        let fields = http.allHeaderFields.compactMap { name, value in (name as? String).map { ($0, String(describing: value)) } }
        for (name, value) in fields.sorted(by: { $0.0.lowercased() < $1.0.lowercased() }) { headers.add(name: name, value: value) }
        exchange.status = http.statusCode
        exchange.responseHeaders = headers
        exchange.responseBody = data
        onExchange?(exchange)
        return (http.statusCode, headers, data)
    }
}
