import UnderstudyCore

/// A Pact verifier's provider-state change request (`POST /__admin/pact/state-change`):
/// `{"state": "...", "params": {...}, "action": "setup" | "teardown"}`.
public struct ProviderStateChange: Sendable, Equatable {
    /// Whether the state is set up before an interaction or torn down after it.
    public enum Action: String, Sendable {
        /// Before the interaction.
        case setup
        /// After the interaction.
        case teardown
    }

    /// The state's name, for example `user 1012 exists`.
    public var state: String
    /// The state's parameters.
    public var params: [String: JSONValue]
    /// Setup or teardown.
    public var action: Action

    /// Creates a change.
    public init(state: String, params: [String: JSONValue] = [:], action: Action = .setup) {
        self.state = state
        self.params = params
        self.action = action
    }

    /// Reads the verifier's JSON body; `nil` with a reason when it is not of that shape.
    public static func parse(_ json: JSONValue) -> Result<ProviderStateChange, ProviderStateChangeError> {
        guard case .object(let object) = json else { return .failure(.init("the body must be a JSON object")) }
        guard let state = object["state"]?.stringValue else { return .failure(.init("'state' must be a string")) }
        var params: [String: JSONValue] = [:]
        switch object["params"] {
        case nil, .null?: break
        case .object(let values)?: params = values
        default: return .failure(.init("'params' must be an object"))
        }
        let action: Action
        switch object["action"] {
        case nil, .null?: action = .setup
        case .string(let text)?:
            guard let parsed = Action(rawValue: text.lowercased()) else {
                return .failure(.init("'action' must be \"setup\" or \"teardown\", found \"\(text)\""))
            }
            action = parsed
        default: return .failure(.init("'action' must be a string"))
        }
        return .success(ProviderStateChange(state: state, params: params, action: action))
    }
}

/// Why a provider-state change request was refused.
public struct ProviderStateChangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The reason.
    public var reason: String
    init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
