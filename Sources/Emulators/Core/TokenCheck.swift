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
