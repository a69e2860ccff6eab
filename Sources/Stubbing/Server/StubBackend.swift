import MicroHTTP
import UnderstudyCore

/// What stands behind a stub server's stubs on one listener — in practice a vendor emulator:
/// it answers what no stub matched, takes runtime controls under `/__admin/<name>/`, sets up
/// Pact provider states, and resets with the server.
public struct StubBackend: Sendable {
    /// The backend's name (the vendor, for example `net2`); also its admin prefix.
    public var name: String
    /// Answers a request no stub matched; `nil` lets the server answer 404 with a near-miss report.
    public var respond: @Sendable (HTTPRequest) -> HTTPResponse?
    /// Answers `/__admin/<name>/<path>`; `nil` for a path it does not know.
    public var control: @Sendable (HTTPRequest, _ path: String) -> HTTPResponse?
    /// Sets up or tears down a Pact provider state, returning values an interaction may use.
    public var applyProviderState: @Sendable (ProviderStateChange) throws -> [String: JSONValue]
    /// Returns to the seed data (called by `POST /__admin/reset`).
    public var reset: @Sendable () -> Void

    /// Creates a backend.
    public init(
        name: String,
        respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse?,
        control: @escaping @Sendable (HTTPRequest, String) -> HTTPResponse? = { _, _ in nil },
        applyProviderState: @escaping @Sendable (ProviderStateChange) throws -> [String: JSONValue] = { _ in [:] },
        reset: @escaping @Sendable () -> Void = {}
    ) {
        self.name = name
        self.respond = respond
        self.control = control
        self.applyProviderState = applyProviderState
        self.reset = reset
    }
}
