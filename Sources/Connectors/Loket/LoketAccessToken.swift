/// An access token with the number of the token request that obtained it, so a request that
/// was refused with an old token can tell whether a newer one already exists.
struct LoketAccessToken: Sendable, Hashable {
    /// The bearer token.
    var value: String
    /// 1 for the first token of an import, 2 for its first renewal, and so on.
    var generation: Int
}

/// What a token request gave: the access token, and the refresh token Loket handed back (a new
/// one when it rotates refresh tokens), if any.
struct LoketTokenGrant: Sendable, Hashable {
    var accessToken: String
    var refreshToken: String?
}
