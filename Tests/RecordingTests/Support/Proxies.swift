import Foundation
import Logging
import MicroHTTP
@testable import Recording

/// Starting recorders and replays on free ports for tests.
enum Proxies {
    /// A logger that drops everything.
    static let quiet = Logger(label: "quiet") { _ in SwiftLogNoOpLogHandler() }

    /// A started recorder in front of `upstream`.
    static func recorder(
        _ upstream: String, file: URL, mode: RecordMode = .all, threads: Int = 2, names: SecretNames = SecretNames(),
        certificateAuthorities: String? = nil, logger: Logger = quiet
    ) throws -> RecordingProxy {
        let options = RecordingProxy.Options(
            upstream: URL(string: upstream)!, file: file, mode: mode, secretNames: names, upstreamTimeout: 30,
            upstreamCertificateAuthorities: certificateAuthorities, server: .init(port: 0, threadCount: threads))
        let proxy = try RecordingProxy(options: options, logger: logger)
        try proxy.start()
        return proxy
    }

    /// A started replay of `files`.
    static func replay(_ files: [URL], strict: Bool = false) throws -> ReplayServer {
        let sources = try files.map { try HARSource(contentsOf: $0) }
        let server = try ReplayServer(sources: sources, strict: strict, configuration: .init(port: 0), logger: quiet)
        try server.start()
        return server
    }
}
