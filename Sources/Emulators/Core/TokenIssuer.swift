import Foundation
import MicroHTTP
import UnderstudyCore

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

    /// Lifetimes, formats and rotation. A change applies from the next issue or refresh on;
    /// tokens issued before keep their expiry (so rotation can be switched at runtime).
    public var policy: TokenPolicy
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

    /// Accepts `refreshToken` as if it had been issued to `subject` (a refresh token handed out
    /// before the emulator started, such as one in seed data), valid until `expiresAt`.
    public mutating func register(refreshToken: String, subject: String, scopes: [String] = [], expiresAt: Date = .distantFuture) {
        refreshTokens[refreshToken] = RefreshRecord(subject: subject, scopes: scopes, expiresAt: expiresAt)
    }

    /// Makes every access token issued so far expire at `now` (those already expired keep their
    /// expiry), to rehearse a token running out mid-run. Returns how many tokens it cut short.
    @discardableResult
    public mutating func expireAccessTokens(now: Date) -> Int {
        var expired = 0
        for (token, grant) in accessTokens where grant.expiresAt > now {
            accessTokens[token]?.expiresAt = now
            expired += 1
        }
        return expired
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
        // Bytes, not Characters: this runs for every request, and HTTP separates with spaces and tabs.
        let bytes = header.utf8
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let schemeStart = bytes.firstIndex(where: { !isBlank($0) }),
            let schemeEnd = bytes[schemeStart...].firstIndex(where: isBlank),
            String(Substring(bytes[schemeStart..<schemeEnd])).caseInsensitiveEquals("bearer"),
            let tokenStart = bytes[schemeEnd...].firstIndex(where: { !isBlank($0) }),
            let tokenLast = bytes.lastIndex(where: { !isBlank($0) })
        else { return nil }
        return String(Substring(bytes[tokenStart...tokenLast]))
    }

    /// Uses a refresh token: issues a new access token for the same subject and scopes.
    ///
    /// With rotation the old refresh token is consumed, and a new one is issued only when
    /// `includeRefreshToken`. Without rotation the old one stays valid and is handed back when
    /// `includeRefreshToken`. When `subject` is given (the client a token is bound to), a
    /// refresh token issued to another subject counts as unknown and is left untouched.
    public mutating func refresh(
        _ refreshToken: String, issuedTo subject: String? = nil, includeRefreshToken: Bool = true, now: Date
    ) -> RefreshOutcome {
        guard let record = refreshTokens[refreshToken], subject == nil || record.subject == subject else { return .unknown }
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
