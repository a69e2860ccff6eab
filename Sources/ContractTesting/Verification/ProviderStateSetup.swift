import Foundation
import MicroHTTP
import UnderstudyCore

/// Sets provider states up and tears them down through a state-change URL, as Pact verifiers do:
/// `POST` with the JSON body `{"state": NAME, "params": {...}, "action": "setup" | "teardown"}`.
/// A JSON object in the answer holds values for `ProviderState` generators.
struct ProviderStateSetup: Sendable {
    /// The state-change URL.
    let url: URL
    /// The client that sends the calls.
    let client: ProviderClient

    /// Sets `state` up or tears it down; returns the values the answer holds.
    func change(_ state: ProviderState, action: String) async throws(ProviderStateSetupError) -> [String: JSONValue] {
        let body: JSONValue = ["state": .string(state.name), "params": .object(state.params), "action": .string(action)]
        let request = OutgoingRequest(url: url, body: body.serializedData())
        let response: ObservedResponse
        do {
            response = try await client.send(request)
        } catch {
            throw ProviderStateSetupError(state: state.name, action: action, reason: "\(url.absoluteString): \(error.reason)")
        }
        guard (200..<300).contains(response.status) else {
            let text = String(decoding: response.body.prefix(500), as: UTF8.self)
            throw ProviderStateSetupError(
                state: state.name, action: action, reason: "\(url.absoluteString) answered \(response.status)\(text.isEmpty ? "" : ": \(text)")")
        }
        return (try? JSONValue(parsing: response.body))?.objectValue ?? [:]
    }
}

/// Why a provider state could not be set up or torn down.
struct ProviderStateSetupError: Error, Equatable, CustomStringConvertible {
    var state: String
    var action: String
    var reason: String

    var description: String {
        "provider state '\(state)' could not be \(action == "setup" ? "set up" : "torn down"): \(reason)"
    }
}
