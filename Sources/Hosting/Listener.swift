import EmulatorCore
import Foundation
import Logging
import MicroHTTP
import Stubbing
import UnderstudyCore

/// One served port: a stub server (stubs first, admin API, journal) with an optional vendor
/// emulator behind it, on its own libmicrohttpd server.
public final class Listener: Sendable {
    /// The vendor name, or `stubs` for a listener without an emulator.
    public let name: String
    /// The stubs, journal and admin API of this listener.
    public let stubs: StubServer
    /// The emulator behind the stubs, if any.
    public let emulator: (any VendorEmulator)?
    /// The HTTP server.
    public let http: HTTPServer

    /// Creates a listener; call ``start()`` to serve.
    public init(
        name: String, stubs: StubServer, emulator: (any VendorEmulator)?,
        configuration: HTTPServer.Configuration, logger: Logger
    ) {
        self.name = name
        self.stubs = stubs
        self.emulator = emulator
        self.http = HTTPServer(configuration: configuration, logger: logger, handler: stubs.handle)
    }

    /// Starts serving.
    public func start() throws {
        try http.start()
    }

    /// Stops serving.
    public func stop() {
        http.stop()
    }

    /// The base URL a connector uses, for example `http://127.0.0.1:8103`.
    public var baseURL: String { http.baseURL }
}
