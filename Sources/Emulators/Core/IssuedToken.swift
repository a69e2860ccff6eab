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

/// The result of checking an access token.
public enum AccessCheck: Sendable, Hashable {
    /// The token is valid.
    case granted(TokenGrant)
    /// No `Authorization: Bearer` token was sent.
    case missing
    /// The token was never issued (or was forgotten by a reset).
    case unknown
    /// The token was issued but its lifetime is over.
    case expired(TokenGrant)

    /// The grant when the token is valid.
    public var grant: TokenGrant? {
        if case .granted(let grant) = self { return grant }
        return nil
    }
}

/// The result of using a refresh token.
public enum RefreshOutcome: Sendable, Hashable {
    /// A new access token (and possibly a new refresh token).
    case refreshed(IssuedToken)
    /// The refresh token was never issued, or was already used.
    case unknown
    /// The refresh token's lifetime is over.
    case expired
}
