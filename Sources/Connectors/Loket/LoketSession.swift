import ConnectorRuntime
import Foundation
import UnderstudyCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Everything one import works with: the settings, the API with its token and request bound,
/// and the URL session that carries it (allowing as many connections as requests in flight).
struct LoketSession: Sendable {
    let settings: LoketSettings
    let api: LoketAPI
    private let urlSession: URLSession

    /// Reads the settings from `context` and sets up the API client.
    init(context: SourceContext, options: LoketConnectorOptions) throws(ConfigurationError) {
        settings = try LoketSettings(configuration: context.configuration)
        let concurrency = max(1, options.concurrency)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = concurrency + 1
        configuration.timeoutIntervalForRequest = 24 * 3600
        configuration.timeoutIntervalForResource = 24 * 3600
        urlSession = URLSession(configuration: configuration)
        let http = ConnectorHTTPClient(
            baseURL: settings.apiBaseURL, headers: ["Accept": "application/json"], clock: options.clock, session: urlSession,
            onExchange: options.onExchange)
        api = LoketAPI(
            http: http, authorization: LoketAuthorization(refreshToken: settings.refreshToken, grant: LoketTokenRequest.grant(http: http, settings: settings)),
            limiter: LoketRequestLimiter(limit: concurrency), pageSize: max(1, options.pageSize))
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

    /// Lets the URL session go once the import is done.
    func finish() {
        urlSession.finishTasksAndInvalidate()
    }
}
