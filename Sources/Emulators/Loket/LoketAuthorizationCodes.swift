import Foundation

/// The authorization codes `GET /authorize` has handed out and `POST /token` has not yet
/// exchanged: each works once, for the client and redirect URI it was issued to, until it expires.
struct LoketAuthorizationCodes: Sendable {
    private struct Grant: Sendable {
        var clientId: String
        var redirectUri: String
        var expiresAt: Date
    }

    private var grants: [String: Grant] = [:]

    /// Hands out a fresh code for `clientId` and `redirectUri`, valid for `lifetime`.
    mutating func issue(clientId: String, redirectUri: String, lifetime: Duration, now: Date) -> String {
        grants = grants.filter { $0.value.expiresAt > now }
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        let code = String((0..<24).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
        grants[code] = Grant(clientId: clientId, redirectUri: redirectUri, expiresAt: now.addingTimeInterval(lifetime.seconds))
        return code
    }

    /// Uses `code`: whether it was issued to `clientId` for `redirectUri` and has not expired.
    /// A code is used up by the attempt even when the answer is no (RFC 6749 §4.1.2).
    mutating func redeem(_ code: String, clientId: String, redirectUri: String?, now: Date) -> Bool {
        guard let grant = grants.removeValue(forKey: code) else { return false }
        return grant.clientId == clientId && grant.redirectUri == redirectUri && now < grant.expiresAt
    }
}
