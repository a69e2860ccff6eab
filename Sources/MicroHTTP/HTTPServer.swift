import CMicroHTTPD
import Foundation
import Logging
import Synchronization

/// An HTTP/1.1 server on libmicrohttpd.
///
/// The server runs libmicrohttpd's internal polling thread pool with epoll. Each complete
/// request (headers and body) is handed to the handler once; the handler returns an
/// ``HTTPAnswer``. Deferred answers suspend the connection, so no pool thread waits for them.
///
/// ```swift
/// let server = HTTPServer(configuration: .init(port: 0)) { request in
///     .respond(.text("hello"))
/// }
/// try server.start()
/// print(server.port)   // the bound port
/// server.stop()
/// ```
public final class HTTPServer: Sendable {
    /// How a server listens and what it accepts.
    public struct Configuration: Sendable {
        /// The address to bind: an IPv4 or IPv6 literal, or `localhost`.
        public var host: String
        /// The port to bind; 0 picks a free one (read it from ``HTTPServer/port`` after start).
        public var port: Int
        /// Threads in the polling pool.
        public var threadCount: Int
        /// The largest request body accepted; larger ones get 413.
        public var maximumBodySize: Int
        /// Seconds an idle connection is kept open.
        public var connectionTimeout: Int
        /// The most connections served at once.
        public var connectionLimit: Int
        /// The certificate and key to serve HTTPS with; `nil` serves plain HTTP.
        public var tls: TLSIdentity?

        /// Creates a configuration.
        public init(
            host: String = "127.0.0.1",
            port: Int = 8080,
            threadCount: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
            maximumBodySize: Int = 16 * 1024 * 1024,
            connectionTimeout: Int = 60,
            connectionLimit: Int = 4096,
            tls: TLSIdentity? = nil
        ) {
            self.host = host
            self.port = port
            self.threadCount = threadCount
            self.maximumBodySize = maximumBodySize
            self.connectionTimeout = connectionTimeout
            self.connectionLimit = connectionLimit
            self.tls = tls
        }

        /// `https` with a TLS identity, `http` without.
        public var scheme: String { tls == nil ? "http" : "https" }
    }

    /// Computes the answer for one complete request. Called on a pool thread; must not block.
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPAnswer

    /// The configuration the server was created with.
    public let configuration: Configuration
    let core: ServerCore
    private let daemon = Mutex<DaemonHandle?>(nil)

    /// Creates a server; call ``start()`` to listen.
    public init(configuration: Configuration, logger: Logger = Logger(label: "understudy.http"), handler: @escaping Handler) {
        self.configuration = configuration
        self.core = ServerCore(handler: handler, maximumBodySize: configuration.maximumBodySize, logger: logger, scheme: configuration.scheme)
    }

    /// The bound port, or 0 when the server is not running.
    public var port: Int {
        daemon.withLock { $0.map { Int(understudy_mhd_bound_port($0.pointer)) } ?? 0 }
    }

    /// The base URL clients use, for example `http://127.0.0.1:8080` (`https` with TLS).
    public var baseURL: String {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return "\(configuration.scheme)://\(host):\(port)"
    }

    /// Starts listening. Throws ``HTTPServerError`` when the address cannot be bound.
    public func start() throws {
        try daemon.withLock { handle in
            guard handle == nil else { return }
            let address = try SocketAddress(host: configuration.host, port: configuration.port)
            var flags = UInt32(MHD_USE_INTERNAL_POLLING_THREAD.rawValue) | UInt32(MHD_USE_EPOLL.rawValue)
                | UInt32(MHD_ALLOW_SUSPEND_RESUME.rawValue)
            if address.isIPv6 { flags |= UInt32(MHD_USE_IPv6.rawValue) }
            let context = Unmanaged.passUnretained(core).toOpaque()
            // libmicrohttpd hands the PEM text to GnuTLS while starting; it need not outlive the call.
            let key = configuration.tls?.privateKeyPEM, certificate = configuration.tls?.certificatePEM
            let pointer = address.withSockaddr { sockaddr in
                key.withOptionalCString { key in
                    certificate.withOptionalCString { certificate in
                        understudy_mhd_start(
                            flags, sockaddr, UInt32(max(1, configuration.threadCount)),
                            UInt32(max(0, configuration.connectionTimeout)), UInt32(max(1, configuration.connectionLimit)),
                            ServerCore.accessHandler, context, ServerCore.completedHandler, context,
                            ServerCore.uriLogHandler, context, ConnectionPeer.notify, nil, key, certificate)
                    }
                }
            }
            guard let pointer else {
                if configuration.tls != nil {
                    throw HTTPServerError.cannotListenWithTLS(host: configuration.host, port: configuration.port)
                }
                throw HTTPServerError.cannotListen(host: configuration.host, port: configuration.port)
            }
            core.reopen()
            handle = DaemonHandle(pointer: pointer)
        }
    }

    /// Stops the server: no new connections are accepted, answers still waiting are ended
    /// with 503, handlers running now finish, then every connection is closed.
    public func stop() {
        daemon.withLock { handle in
            guard let current = handle else { return }
            let listening = MHD_quiesce_daemon(current.pointer)
            core.closeSuspended()
            MHD_stop_daemon(current.pointer)
            if listening >= 0 { close(listening) }
            handle = nil
        }
    }

    deinit {
        stop()
    }
}

/// Why a server could not start.
public enum HTTPServerError: Error, CustomStringConvertible, Equatable {
    /// The host is not an IP literal or `localhost`.
    case invalidHost(String)
    /// libmicrohttpd could not bind or listen (port in use, no permission).
    case cannotListen(host: String, port: Int)
    /// libmicrohttpd could not start with the TLS certificate and key (they do not belong
    /// together or cannot be parsed), or could not bind.
    case cannotListenWithTLS(host: String, port: Int)

    public var description: String {
        switch self {
        case .invalidHost(let host):
            return "invalid host '\(host)': use an IPv4 or IPv6 address, or localhost"
        case .cannotListen(let host, let port):
            return "cannot listen on \(host):\(port) (is the port in use?)"
        case .cannotListenWithTLS(let host, let port):
            return "cannot serve HTTPS on \(host):\(port): the certificate and key were refused (do they belong together?) or the port is in use"
        }
    }
}

/// The daemon pointer, owned by the server's lock.
struct DaemonHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}

extension Optional<String> {
    /// Calls `body` with a C string of the value, or with `NULL` when there is none.
    fileprivate func withOptionalCString<Result>(_ body: (UnsafePointer<CChar>?) -> Result) -> Result {
        guard let self else { return body(nil) }
        return self.withCString { body($0) }
    }
}
