/// The belt-and-braces check that a dry run reads but never writes: while ``isDryRun`` is set,
/// `POST`, `PUT`, `PATCH` and `DELETE` requests are refused, except token requests.
public struct DryRunGuard: Sendable, Hashable {
    /// Whether writes are refused.
    public var isDryRun: Bool

    /// Creates a guard; pass ``ActionContext/dryRun``.
    public init(isDryRun: Bool) {
        self.isDryRun = isDryRun
    }

    /// Whether `request` may be sent.
    public func permits(_ request: ConnectorRequest) -> Bool {
        !isDryRun || !request.method.isWrite || request.isTokenRequest
    }

    /// Throws ``DryRunViolation`` when `request` may not be sent.
    public func check(_ request: ConnectorRequest) throws(DryRunViolation) {
        guard permits(request) else {
            throw DryRunViolation(method: request.method, path: String(request.path.prefix { $0 != "?" }))
        }
    }
}

/// The error of a write attempted during a dry run.
public struct DryRunViolation: Error, Sendable, Hashable, CustomStringConvertible {
    /// The refused request's method.
    public var method: ConnectorMethod
    /// The refused request's path, without its query.
    public var path: String

    /// Creates the error.
    public init(method: ConnectorMethod, path: String) {
        self.method = method
        self.path = path
    }

    /// The error as one line naming the refused request.
    public var description: String {
        "dry run: refused to send \(method.rawValue) \(path); a dry run reads but never writes"
    }
}
