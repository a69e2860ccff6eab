import Foundation
import Logging
import MicroHTTP
import Synchronization

/// Serves recordings over HTTP (`understudy replay`).
///
/// Requests match on method, path, query and, for writes, the body; placeholders match any
/// value. An unrecorded request gets 404 with a near-miss report, or with `strict` a 500 whose
/// body says so (and ``unrecordedCount`` counts it, for a non-zero exit). `/__admin/...` is the
/// stub server's admin API (journal, scenarios, `POST /__admin/shutdown`).
public final class ReplayServer: Sendable {
    /// The recordings being served.
    public var replayer: Replayer { handler.replayer }
    private let handler: ReplayHandler
    private let server: HTTPServer

    /// A server for `sources` on `configuration`'s address.
    public init(sources: [HARSource], strict: Bool, configuration: HTTPServer.Configuration, logger: Logger) throws(RecordingError) {
        let handler = ReplayHandler(replayer: try Replayer(sources: sources), strict: strict, logger: logger)
        self.handler = handler
        server = HTTPServer(configuration: configuration, logger: logger, handler: handler.handle)
    }

    /// Starts listening.
    public func start() throws { try server.start() }

    /// Stops listening.
    public func stop() { server.stop() }

    /// The base URL, for example `http://127.0.0.1:8080`.
    public var baseURL: String { server.baseURL }

    /// How many requests were not recorded.
    public var unrecordedCount: Int { handler.unrecorded.withLock { $0 } }
}

/// Answers one request of a replay.
private final class ReplayHandler: Sendable {
    let replayer: Replayer
    let strict: Bool
    let logger: Logger
    let unrecorded = Mutex(0)
    private let names = SecretNames()

    init(replayer: Replayer, strict: Bool, logger: Logger) {
        self.replayer = replayer
        self.strict = strict
        self.logger = logger
    }

    @Sendable func handle(_ request: HTTPRequest) -> HTTPAnswer {
        if request.path == "/__admin" || request.path.hasPrefix("/__admin/") { return replayer.stubs.handle(request) }
        let line = "\(request.method) \(names.maskedTarget(request.target))"
        if let answer = replayer.answer(request) {
            logger.info("\(line) -> \(answer.response.map { String($0.status) } ?? "deferred") (replayed)")
            return answer
        }
        unrecorded.withLock { $0 += 1 }
        logger.notice("\(line) was not recorded\(strict ? " (strict: answered 500)" : "")")
        let heading = strict
            ? "understudy replay --strict: this request was not recorded; the replay counts it as a failure."
            : "understudy replay: this request was not recorded."
        return .respond(replayer.unrecordedResponse(request, status: strict ? 500 : 404, heading: heading))
    }
}
