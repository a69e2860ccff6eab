/// Lifetimes and formats of the tokens a ``TokenIssuer`` hands out.
public struct TokenPolicy: Sendable, Hashable {
    /// How long an access token is valid.
    public var accessTokenLifetime: Duration
    /// How long a refresh token is valid.
    public var refreshTokenLifetime: Duration
    /// What access tokens look like.
    public var accessTokenFormat: TokenFormat
    /// What refresh tokens look like.
    public var refreshTokenFormat: TokenFormat
    /// Whether using a refresh token consumes it (a new one is issued in its place when asked for).
    public var rotatesRefreshTokens: Bool

    /// Creates a policy.
    public init(
        accessTokenLifetime: Duration,
        refreshTokenLifetime: Duration,
        accessTokenFormat: TokenFormat = .jwt,
        refreshTokenFormat: TokenFormat = .hex(length: 32),
        rotatesRefreshTokens: Bool = true
    ) {
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshTokenLifetime = refreshTokenLifetime
        self.accessTokenFormat = accessTokenFormat
        self.refreshTokenFormat = refreshTokenFormat
        self.rotatesRefreshTokens = rotatesRefreshTokens
    }
}
