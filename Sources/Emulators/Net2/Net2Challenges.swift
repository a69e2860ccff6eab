import Foundation

/// One MFA challenge opened by a correct password while MFA is on.
struct Net2Challenge: Sendable, Hashable {
    /// The operator who passed the password step.
    var operatorName: String
    /// When the challenge stops being usable.
    var expiresAt: Date
    /// Whether a right code was given at the mfa-challenge step.
    var isVerified = false
}

/// The open MFA challenges, by challenge token. A token is single-use: the `mfa_2fa` grant
/// consumes it; expired ones are forgotten.
struct Net2Challenges: Sendable {
    private var open: [String: Net2Challenge] = [:]

    /// Opens a challenge for `operatorName` and returns its token.
    mutating func open(for operatorName: String, lifetime: Duration, now: Date) -> String {
        open = open.filter { $0.value.expiresAt > now }
        let token = UUID().uuidString.lowercased()
        open[token] = Net2Challenge(operatorName: operatorName, expiresAt: now.addingTimeInterval(lifetime.seconds))
        return token
    }

    /// The challenge of `token` while it is open and not expired.
    func challenge(_ token: String, now: Date) -> Net2Challenge? {
        guard let challenge = open[token], now < challenge.expiresAt else { return nil }
        return challenge
    }

    /// Changes an open challenge.
    mutating func update(_ token: String, _ change: (inout Net2Challenge) -> Void) {
        if var challenge = open[token] {
            change(&challenge)
            open[token] = challenge
        }
    }

    /// Removes a challenge (it was used).
    mutating func close(_ token: String) {
        open[token] = nil
    }
}
