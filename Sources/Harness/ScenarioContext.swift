import EmulatorCore
import Foundation
import Hosting
import MicroHTTP
import UnderstudyCore

/// What a scenario works with: the emulator's base URL, the shared manual clock, the listener
/// (for emulator controls and provider states) and whether this run is a dry run.
public struct ScenarioContext: Sendable {
    /// The emulator's base URL, for example `http://127.0.0.1:41234`.
    public let baseURL: URL
    /// The clock shared by the emulator and the connector; it advances itself whenever someone
    /// waits on it, so retries and token expiry take no real time.
    public let clock: ManualClock
    /// The listener serving the emulator (stubs, journal, admin API).
    public let listener: Listener
    /// Whether the connector must read but never write.
    public let dryRun: Bool

    /// The emulator behind the listener.
    public var emulator: (any VendorEmulator)? { listener.emulator }

    /// Fails the scenario with `message` unless `condition` holds.
    public func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws(ScenarioFailure) {
        if !condition { throw ScenarioFailure(message()) }
    }

    /// Sends a request to the listener directly (admin routes, emulator controls, provider
    /// states), without going over the network and without entering the journal's contract check.
    public func admin(_ method: String, _ path: String, body: JSONValue? = nil) -> HTTPResponse {
        let request = HTTPRequest(method: method, target: path, body: body.map { $0.serializedData() } ?? Data())
        return listener.stubs.handle(request).response ?? HTTPResponse(status: 500)
    }

    /// Sets up a provider state on the emulator and returns the values it gives back.
    public func providerState(_ name: String, params: [String: JSONValue] = [:]) throws -> [String: JSONValue] {
        try listener.emulator?.applyProviderState(name: name, params: params, action: .setup) ?? [:]
    }
}

/// Why a scenario failed, in words for the report.
public struct ScenarioFailure: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates a failure.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
