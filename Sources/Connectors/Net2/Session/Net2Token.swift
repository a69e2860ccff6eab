import Foundation
import UnderstudyCore

/// An access token handed out by Net2's token route, and when to stop using it.
struct Net2Token: Sendable, Hashable {
    /// Net2 access tokens live 30 minutes; used when an answer does not say.
    static let defaultLifetime: TimeInterval = 1800
    /// A token is renewed this long before it expires, so a request never races its expiry.
    static let renewalMargin: TimeInterval = 60

    /// The bearer token.
    var accessToken: String
    /// When Net2 stops accepting it.
    var expiresAt: Date

    /// Reads a token answer (`access_token`, `expires_in`) received at `now`; `nil` when it holds no token.
    init?(answer: JSONValue, now: Date) {
        guard let token = answer.member("access_token")?.stringValue, !token.isEmpty else { return nil }
        let lifetime = answer.member("expires_in")?.doubleValue ?? Self.defaultLifetime
        accessToken = token
        expiresAt = now.addingTimeInterval(lifetime)
    }

    /// Whether the token may still be used at `now` (it is not within the renewal margin of its expiry).
    func isUsable(at now: Date) -> Bool {
        now.addingTimeInterval(Self.renewalMargin) < expiresAt
    }
}
