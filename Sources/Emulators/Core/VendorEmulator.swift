import MicroHTTP
import UnderstudyCore

/// A stateful stand-in for one vendor's API: a pure request handler that the server mounts on
/// the vendor's listener, behind the stub index.
///
/// An emulator answers every request itself, with the vendor's own error shapes (404, 401, 400,
/// 429, ...) for anything it does not serve, and never touches sockets or files while serving.
public protocol VendorEmulator: Sendable {
    /// The vendor's short name, as used in paths and folders (for example `net2`).
    var vendor: String { get }

    /// The port the vendor is served on by default (for example 8103).
    var defaultPort: Int { get }

    /// Answers one request as the vendor would.
    func respond(to request: HTTPRequest) -> HTTPResponse

    /// Returns to the seed data and the startup configuration: tokens, counters and runtime
    /// switches are dropped.
    func reset()

    /// Answers a runtime control request mounted under `/__admin/<vendor>/`; `path` is the part
    /// after that prefix (for example `mfa`). Returns `nil` for a path the emulator does not know.
    func control(_ request: HTTPRequest, path: String) -> HTTPResponse?

    /// Sets up or tears down a Pact provider state, returning values an interaction may use
    /// (for example an access token or an id). Throws ``ProviderStateError`` for an unknown state
    /// or bad parameters.
    func applyProviderState(name: String, params: [String: JSONValue], action: ProviderStateAction) throws
        -> [String: JSONValue]
}

/// Whether a Pact provider state is being set up before an interaction or torn down after it.
public enum ProviderStateAction: String, Sendable, Hashable, CaseIterable {
    /// Before the interaction.
    case setup
    /// After the interaction.
    case teardown
}
