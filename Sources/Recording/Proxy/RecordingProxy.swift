import Foundation
import Logging
import MicroHTTP

/// A reverse proxy that records: each request is forwarded to the upstream, its answer goes back
/// to the client and, redacted, into a HAR file (rewritten atomically after every exchange).
/// Whether it forwards or replays depends on the ``RecordMode`` and on whether the file exists.
///
/// The connection waiting for the upstream is suspended (a deferred answer), so a slow upstream
/// never holds a server thread.
///
/// ```swift
/// let proxy = try RecordingProxy(options: .init(upstream: URL(string: "https://api.example.com")!,
///                                               file: URL(fileURLWithPath: "session.har")))
/// try proxy.start()   // clients now call proxy.baseURL
/// ```
public final class RecordingProxy: Sendable {
    /// What to record, where, and how.
    public struct Options: Sendable {
        /// Where requests go: scheme, host, port and an optional path prefix.
        public var upstream: URL
        /// The HAR file.
        public var file: URL
        /// When to forward and when to replay.
        public var mode: RecordMode
        /// Which names hold secrets.
        public var secretNames: SecretNames
        /// Seconds an upstream exchange may take.
        public var upstreamTimeout: TimeInterval
        /// A PEM file of the certificate authorities to trust for an HTTPS upstream (an on-premises
        /// Net2 with its own CA, for example); `nil` trusts the system's.
        public var upstreamCertificateAuthorities: String?
        /// The address the proxy listens on.
        public var server: HTTPServer.Configuration

        /// Creates options.
        public init(
            upstream: URL, file: URL, mode: RecordMode = .once, secretNames: SecretNames = SecretNames(),
            upstreamTimeout: TimeInterval = 120, upstreamCertificateAuthorities: String? = nil,
            server: HTTPServer.Configuration = .init(port: 0)
        ) {
            self.upstream = upstream
            self.file = file
            self.mode = mode
            self.secretNames = secretNames
            self.upstreamTimeout = upstreamTimeout
            self.upstreamCertificateAuthorities = upstreamCertificateAuthorities
            self.server = server
        }
    }

    /// The options the proxy was made with.
    public let options: Options
    /// Whether this run forwards and records (`false`: it only replays).
    public let isRecording: Bool
    private let handler: ProxyHandler
    private let server: HTTPServer

    /// Prepares the proxy: loads the recording when the mode replays it, starts an empty one when
    /// the mode records afresh.
    public init(options: Options, logger: Logger = Logger(label: "understudy.record")) throws(RecordingError) {
        guard let scheme = options.upstream.scheme?.lowercased(), ["http", "https"].contains(scheme), options.upstream.host != nil else {
            throw .invalidUpstream(options.upstream.absoluteString)
        }
        let exists = FileManager.default.fileExists(atPath: options.file.path)
        let plan = options.mode.plan(fileExists: exists)
        if plan != .recordAfresh && !exists { throw .noRecording(file: options.file.path, mode: options.mode) }
        var existing: HARDocument?
        if plan != .recordAfresh {
            do { existing = try HARDocument(contentsOf: options.file) } catch { throw .cannotLoad(error) }
        }
        let replayer = try existing.map { document throws(RecordingError) in
            try Replayer(sources: [HARSource(name: options.file.deletingPathExtension().lastPathComponent, document: document)])
        }
        var session: RecordingSession?
        if plan != .replayOnly {
            session = try RecordingSession(file: options.file, existing: plan == .replayAndExtend ? existing : nil, names: options.secretNames)
        }
        self.options = options
        isRecording = session != nil
        handler = ProxyHandler(
            upstreamURL: options.upstream, file: options.file.lastPathComponent, session: session, replayer: replayer,
            upstream: session.map { _ in UpstreamClient(
                timeout: options.upstreamTimeout, certificateAuthorities: options.upstreamCertificateAuthorities) }, names: options.secretNames,
            logger: logger)
        server = HTTPServer(configuration: options.server, logger: logger, handler: handler.handle)
    }

    /// Starts listening.
    public func start() throws { try server.start() }

    /// Stops listening; exchanges still waiting for the upstream are answered 503.
    public func stop() {
        server.stop()
        handler.upstream?.close()
    }

    /// The base URL clients use instead of the upstream's, for example `http://127.0.0.1:8080`.
    public var baseURL: String { server.baseURL }

    /// How many exchanges the HAR file holds now (0 when only replaying).
    public var recordedCount: Int { handler.session?.entryCount ?? 0 }
}
