import Foundation
import MicroHTTP

/// Issues and checks bearer tokens and refresh tokens for an emulator.
///
/// A value kept inside the vendor state (one lock per vendor); every method takes the clock's
/// time, so expiry is tested with a manual clock. Expired tokens are remembered for one more
/// lifetime, so a check can tell "expired" from "never issued".
public struct TokenIssuer: Sendable {
    private struct RefreshRecord: Sendable {
        var subject: String
        var scopes: [String]
        var expiresAt: Date
    }

    /// Lifetimes, formats and rotation.
    public let policy: TokenPolicy
    private var accessTokens: [String: TokenGrant] = [:]
    private var refreshTokens: [String: RefreshRecord] = [:]
    private var issuedSincePruning = 0

    /// Creates an issuer that has issued nothing.
    public init(policy: TokenPolicy) {
        self.policy = policy
    }

    /// Issues an access token for `subject`, plus a refresh token when `includeRefreshToken`.
    public mutating func issue(subject: String, scopes: [String] = [], includeRefreshToken: Bool, now: Date) -> IssuedToken {
        prune(now: now)
        let grant = TokenGrant(
            subject: subject, scopes: scopes, issuedAt: now, expiresAt: now.addingTimeInterval(policy.accessTokenLifetime.seconds))
        let accessToken = policy.accessTokenFormat.make(subject: subject, issuedAt: now, expiresAt: grant.expiresAt)
        accessTokens[accessToken] = grant
        var issued = IssuedToken(
            accessToken: accessToken, grant: grant, expiresIn: Int(policy.accessTokenLifetime.seconds.rounded()),
            refreshToken: nil, refreshTokenExpiresAt: nil)
        if includeRefreshToken {
            let expiresAt = now.addingTimeInterval(policy.refreshTokenLifetime.seconds)
            let refreshToken = policy.refreshTokenFormat.make(subject: subject, issuedAt: now, expiresAt: expiresAt)
            refreshTokens[refreshToken] = RefreshRecord(subject: subject, scopes: scopes, expiresAt: expiresAt)
            issued.refreshToken = refreshToken
            issued.refreshTokenExpiresAt = expiresAt
        }
        return issued
    }

    /// Checks an access token.
    public func check(accessToken: String, now: Date) -> AccessCheck {
        guard let grant = accessTokens[accessToken] else { return .unknown }
        return now < grant.expiresAt ? .granted(grant) : .expired(grant)
    }

    /// Checks the bearer token of a request's `Authorization` header.
    public func check(_ request: HTTPRequest, now: Date) -> AccessCheck {
        guard let token = Self.bearerToken(in: request) else { return .missing }
        return check(accessToken: token, now: now)
    }

    /// The token of an `Authorization: Bearer <token>` header; the scheme is matched without
    /// regard to case (`bearer` works too).
    public static func bearerToken(in request: HTTPRequest) -> String? {
        guard let header = request.headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].utf8.count == 6, parts[0].lowercased() == "bearer" else { return nil }
        let bytes = parts[1].utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
            let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
        else { return nil }
        return String(parts[1][first...last])
    }

    /// Uses a refresh token: issues a new access token for the same subject and scopes.
    ///
    /// With rotation the old refresh token is consumed, and a new one is issued only when
    /// `includeRefreshToken`. Without rotation the old one stays valid and is handed back when
    /// `includeRefreshToken`.
    public mutating func refresh(_ refreshToken: String, includeRefreshToken: Bool = true, now: Date) -> RefreshOutcome {
        guard let record = refreshTokens[refreshToken] else { return .unknown }
        guard now < record.expiresAt else {
            refreshTokens[refreshToken] = nil
            return .expired
        }
        if policy.rotatesRefreshTokens {
            refreshTokens[refreshToken] = nil
            return .refreshed(issue(subject: record.subject, scopes: record.scopes, includeRefreshToken: includeRefreshToken, now: now))
        }
        var issued = issue(subject: record.subject, scopes: record.scopes, includeRefreshToken: false, now: now)
        if includeRefreshToken {
            issued.refreshToken = refreshToken
            issued.refreshTokenExpiresAt = record.expiresAt
        }
        return .refreshed(issued)
    }

    /// Forgets tokens that expired more than one lifetime ago; runs every 64 issues.
    private mutating func prune(now: Date) {
        issuedSincePruning += 1
        guard issuedSincePruning >= 64 else { return }
        issuedSincePruning = 0
        let accessHorizon = now.addingTimeInterval(-policy.accessTokenLifetime.seconds)
        accessTokens = accessTokens.filter { $0.value.expiresAt > accessHorizon }
        refreshTokens = refreshTokens.filter { $0.value.expiresAt > now }
    }
}
