import UnderstudyCore

/// Counters of a Net2 emulator since start or the last reset.
public struct Net2Stats: Sendable, Hashable {
    /// Requests to the token route, refused ones included.
    public var tokenRequests = 0
    /// Access tokens handed out.
    public var tokensIssued = 0
    /// Token requests refused with 429.
    public var rateLimited = 0
    /// MFA challenge tokens handed out at step 1.
    public var mfaChallengesIssued = 0
    /// MFA codes refused at the mfa-challenge step.
    public var wrongMFACodes = 0

    /// Creates zeroed counters.
    public init() {}

    /// The counters as the `stats` control shows them.
    public var json: JSONValue {
        [
            "tokenRequests": .integer(Int64(tokenRequests)),
            "tokensIssued": .integer(Int64(tokensIssued)),
            "rateLimited": .integer(Int64(rateLimited)),
            "mfaChallengesIssued": .integer(Int64(mfaChallengesIssued)),
            "wrongMfaCodes": .integer(Int64(wrongMFACodes)),
        ]
    }
}
