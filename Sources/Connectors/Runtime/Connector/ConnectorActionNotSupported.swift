/// The error of an action a connector does not implement.
public struct ConnectorActionNotSupported: Error, Sendable, Hashable, CustomStringConvertible {
    /// The action that was asked for.
    public var action: ConnectorAction

    /// Creates the error for `action`.
    public init(action: ConnectorAction) {
        self.action = action
    }

    /// The error as one line naming the action.
    public var description: String { "action '\(action.rawValue)' is not supported by this connector" }
}
