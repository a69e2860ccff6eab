import Foundation

/// What an access token stands for: who it was issued to, with which scopes, until when.
public struct TokenGrant: Sendable, Hashable {
    /// The subject (user, operator or client) the token was issued to.
    public var subject: String
    /// The granted scopes.
    public var scopes: [String]
    /// When the token was issued.
    public var issuedAt: Date
    /// When the token stops being valid.
    public var expiresAt: Date

    /// Creates a grant.
    public init(subject: String, scopes: [String], issuedAt: Date, expiresAt: Date) {
        self.subject = subject
        self.scopes = scopes
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }
}

/// The answer to a token request: an access token and, when asked for, a refresh token.
public struct IssuedToken: Sendable, Hashable {
    /// The bearer token.
    public var accessToken: String
    /// What the access token stands for.
    public var grant: TokenGrant
    /// The access token's lifetime in whole seconds (the OAuth `expires_in`).
    public var expiresIn: Int
    /// The refresh token, when one was issued or kept.
    public var refreshToken: String?
    /// When the refresh token stops being valid.
    public var refreshTokenExpiresAt: Date?

    /// Creates an issued token.
    public init(accessToken: String, grant: TokenGrant, expiresIn: Int, refreshToken: String?, refreshTokenExpiresAt: Date?) {
        self.accessToken = accessToken
        self.grant = grant
        self.expiresIn = expiresIn
        self.refreshToken = refreshToken
        self.refreshTokenExpiresAt = refreshTokenExpiresAt
    }
}
