import EmulatorCore
import Foundation

/// Everything a Loket emulator holds, kept behind its one lock: the settings in force, the
/// records, tokens, authorization codes and counters.
struct LoketState: Sendable {
    var configuration: LoketConfiguration
    var directory: LoketDirectory
    var tokens: TokenIssuer
    var codes = LoketAuthorizationCodes()
    var stats = LoketStats()
    /// Authorised API requests still answered before every access token expires (the
    /// `expire-tokens` control's `afterRequests`), `nil` when no expiry is pending.
    var expiryCountdown: Int?

    /// A fresh state serving `directory`; the clients' seeded refresh tokens are accepted.
    init(directory: LoketDirectory, configuration: LoketConfiguration) {
        self.configuration = configuration
        self.directory = directory
        tokens = TokenIssuer(policy: configuration.tokenPolicy)
        for client in directory.clients {
            for token in client.refreshTokens { tokens.register(refreshToken: token, subject: client.clientId) }
        }
    }

    /// Switches refresh-token rotation; tokens issued so far stay valid.
    mutating func setRotation(_ on: Bool) {
        configuration.rotatesRefreshTokens = on
        tokens.policy.rotatesRefreshTokens = on
    }

    /// Counts down a pending expiry after an authorised API request, expiring every access
    /// token when it runs out.
    mutating func countDownExpiry(now: Date) {
        guard let remaining = expiryCountdown else { return }
        if remaining <= 1 {
            expiryCountdown = nil
            tokens.expireAccessTokens(now: now)
        } else {
            expiryCountdown = remaining - 1
        }
    }
}
