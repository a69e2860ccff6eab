import UnderstudyCore

/// Counters of a Loket emulator since start or the last reset.
public struct LoketStats: Sendable, Hashable {
    /// Requests to `POST /token`, refused ones included.
    public var tokenRequests = 0
    /// Access tokens handed out by `POST /token`.
    public var tokensIssued = 0
    /// Authorization codes handed out by `GET /authorize`.
    public var authorizationCodesIssued = 0
    /// Requests to `/v2/...` routes, refused ones included.
    public var apiRequests = 0
    /// `/v2/...` requests answered 401 (no, unknown or expired bearer token).
    public var unauthorized = 0
    /// Of those, the ones whose token had expired.
    public var expiredTokens = 0
    /// `/v2/...` requests answered 403.
    public var forbidden = 0

    /// Creates zeroed counters.
    public init() {}

    /// The counters as the `stats` control shows them.
    public var json: JSONValue {
        [
            "tokenRequests": .integer(Int64(tokenRequests)), "tokensIssued": .integer(Int64(tokensIssued)),
            "authorizationCodesIssued": .integer(Int64(authorizationCodesIssued)), "apiRequests": .integer(Int64(apiRequests)),
            "unauthorized": .integer(Int64(unauthorized)), "expiredTokens": .integer(Int64(expiredTokens)),
            "forbidden": .integer(Int64(forbidden)),
        ]
    }
}
