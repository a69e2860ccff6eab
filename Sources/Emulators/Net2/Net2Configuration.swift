import EmulatorCore

/// The switches of a Net2 emulator: set at startup, changed at runtime through the controls,
/// restored by a reset.
public struct Net2Configuration: Sendable, Hashable {
    /// Whether the password grant asks for a second factor (default off).
    public var mfa: Net2MFAMode
    /// The status of the step-1 `mfa_required` answer (default 200, so the connector's code as
    /// written reads the challenge; real Net2 may use 400 or 401).
    public var mfaChallengeStatus: Int
    /// How long an MFA challenge token stays usable.
    public var mfaChallengeLifetime: Duration
    /// The token route's rate limit (default 2 requests per second, Net2 ≥ 6.8).
    public var tokenRate: RateLimitPolicy
    /// Access token lifetime (Net2: 30 minutes).
    public var accessTokenLifetime: Duration
    /// Refresh token lifetime (Net2: 2 hours).
    public var refreshTokenLifetime: Duration
    /// The custom field holding the personnel number, used by provider states (README default 14).
    public var personnelNumberFieldID: Int

    /// Creates a configuration; the defaults are Net2's own.
    public init(
        mfa: Net2MFAMode = .off,
        mfaChallengeStatus: Int = 200,
        mfaChallengeLifetime: Duration = .seconds(300),
        tokenRate: RateLimitPolicy = Net2Configuration.defaultTokenRate,
        accessTokenLifetime: Duration = .seconds(1800),
        refreshTokenLifetime: Duration = .seconds(7200),
        personnelNumberFieldID: Int = 14
    ) {
        self.mfa = mfa
        self.mfaChallengeStatus = mfaChallengeStatus
        self.mfaChallengeLifetime = mfaChallengeLifetime
        self.tokenRate = tokenRate
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshTokenLifetime = refreshTokenLifetime
        self.personnelNumberFieldID = personnelNumberFieldID
    }

    /// Creates a configuration from the command-line strings: `mfa` as `off`, `code:NNNNNN` or
    /// `totp:BASE32SECRET`, `tokenRate` as `N/SECONDSs` (for example `2/1s`).
    public init(mfa: String?, tokenRate: String?) throws(VendorSettingError) {
        self.init()
        if let mfa { self.mfa = try Net2MFAMode(parsing: mfa) }
        if let tokenRate { self.tokenRate = try Self.parseTokenRate(tokenRate) }
    }

    /// Two requests per second.
    public static let defaultTokenRate = try! RateLimitPolicy(limit: 2, window: .seconds(1))

    /// Parses a token-route rate limit such as `2/1s`.
    public static func parseTokenRate(_ text: String) throws(VendorSettingError) -> RateLimitPolicy {
        do {
            return try RateLimitPolicy(parsing: text)
        } catch {
            throw VendorSettingError(vendor: "net2", setting: "token-rate", value: text, reason: error.reason)
        }
    }

    /// The token policy these settings give: JWT-looking access tokens, 32-hex refresh tokens
    /// that are consumed on use.
    var tokenPolicy: TokenPolicy {
        TokenPolicy(
            accessTokenLifetime: accessTokenLifetime, refreshTokenLifetime: refreshTokenLifetime,
            accessTokenFormat: .jwt, refreshTokenFormat: .hex(length: 32), rotatesRefreshTokens: true)
    }
}
