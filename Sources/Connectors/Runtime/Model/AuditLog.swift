/// One entry of `$outputContext.AuditLogs`: a short, user-facing line about what an action did.
public struct AuditLog: Sendable, Hashable, Codable {
    /// The kind of change, for example `CreateAccount`, `CorrelateAccount`, `GrantPermission` (`Action`).
    public var action: String?
    /// What happened (`Message`).
    public var message: String
    /// Whether this entry reports a failure (`IsError`); any error entry fails the action.
    public var isError: Bool

    /// Creates an audit log entry.
    public init(action: String? = nil, message: String, isError: Bool = false) {
        self.action = action
        self.message = message
        self.isError = isError
    }

    /// Decodes HelloID's JSON form (`Action`, `Message`, `IsError`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: HelloIDKey.self)
        action = try container.optional(String.self, "Action")
        message = try container.value(String.self, "Message", default: "")
        isError = try container.flag("IsError") ?? false
    }

    /// Encodes HelloID's JSON form; `Action` only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: HelloIDKey.self)
        try container.encodeIfPresent(action, "Action")
        try container.encode(message, "Message")
        try container.encode(isError, "IsError")
    }
}
