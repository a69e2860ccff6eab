import ConnectorRuntime
import Foundation
import UnderstudyCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Everything one import works with: the settings, the API with its token and request bound,
/// and the URL sessions that carry it (together allowing as many connections as requests in flight).
struct LoketSession: Sendable {
    let settings: LoketSettings
    let api: LoketAPI
    private let urlSessions: [URLSession]

    /// Reads the settings from `context` and sets up the API client.
    init(context: SourceContext, options: LoketConnectorOptions) throws(ConfigurationError) {
        let settings = try LoketSettings(configuration: context.configuration)
        self.settings = settings
        let concurrency = max(1, options.concurrency)
        let lanes = min(concurrency, Self.mostSessions)
        let urlSessions = (0..<lanes).map { _ in Self.urlSession(connections: (concurrency + lanes - 1) / lanes + 1) }
        self.urlSessions = urlSessions
        let clients = urlSessions.map { session in
            ConnectorHTTPClient(
                baseURL: settings.apiBaseURL, headers: ["Accept": "application/json"], clock: options.clock, session: session,
                onExchange: options.onExchange)
        }
        let authorization = LoketAuthorization(
            refreshToken: settings.refreshToken, grant: LoketTokenRequest.grant(http: clients[0], settings: settings))
        api = LoketAPI(
            clients: clients, authorization: authorization, limiter: LoketRequestLimiter(limit: concurrency),
            pageSize: max(1, options.pageSize))
    }

    /// The most URL sessions one import uses. A session on Linux does its transfer work on one
    /// serial queue; spreading the requests in flight over several used less CPU and took about 7%
    /// less time in `bench/loket-import.sh` (10,000 employees, 2 cores).
    static let mostSessions = 4

    /// An ephemeral session without cookies or cache, allowing `connections` connections per host.
    private static func urlSession(connections: Int) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = connections
        configuration.timeoutIntervalForRequest = 24 * 3600
        configuration.timeoutIntervalForResource = 24 * 3600
        return URLSession(configuration: configuration)
    }

    /// The employer named in the settings.
    func employer() async throws -> LoketEmployerRecord {
        try LoketEmployerRecord.named(settings.employer, in: try await api.list("/v2/providers/employers"))
    }

    /// The refresh token Loket handed out in place of the configured one, if it did.
    var rotatedRefreshToken: String? {
        let newest = api.authorization.refreshToken
        return newest == settings.refreshToken ? nil : newest
    }

    /// Lets the URL sessions go once the import is done.
    func finish() {
        for session in urlSessions { session.finishTasksAndInvalidate() }
    }
}
