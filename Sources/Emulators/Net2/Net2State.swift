import EmulatorCore
import Foundation

/// Everything a Net2 emulator holds, kept behind its one lock: the settings in force, the
/// directory data, tokens, the token-route limiter, MFA challenges and counters.
struct Net2State: Sendable {
    var configuration: Net2Configuration
    var operators: [Net2Operator]
    var clients: [Net2Client]
    var departments: [Net2Department]
    var accessLevels: [Net2AccessLevel]
    var customFieldNames: [Net2CustomFieldName]
    var users: Net2UserTable
    var tokens: TokenIssuer
    var tokenLimiter: RateLimiter
    var challenges = Net2Challenges()
    var stats = Net2Stats()

    init(seed: Net2Seed, configuration: Net2Configuration) {
        self.configuration = configuration
        operators = seed.operators
        clients = seed.clients
        departments = seed.departments
        accessLevels = seed.accessLevels
        customFieldNames = seed.customFieldNames
        users = Net2UserTable(seed.users)
        tokens = TokenIssuer(policy: configuration.tokenPolicy)
        tokenLimiter = RateLimiter(policy: configuration.tokenRate)
    }

    /// The users in id order.
    var sortedUsers: [Net2User] { users.values.sorted { $0.id < $1.id } }

    /// The id the next created user gets.
    var nextUserID: Int { (users.ids.max() ?? 0) + 1 }

    /// The department with `id`.
    func department(id: Int) -> Net2Department? { departments.first { $0.id == id } }

    /// Whether `clientID` names a known licence (GUIDs compare without regard to case).
    func isKnownClient(_ clientID: String?) -> Bool {
        guard !clients.isEmpty else { return true }
        guard let clientID = clientID?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return clients.contains { $0.clientId.lowercased() == clientID }
    }

    /// Installs new settings; a changed rate limit starts a fresh window, changed token
    /// lifetimes forget the tokens issued so far.
    mutating func apply(_ newConfiguration: Net2Configuration) {
        if newConfiguration.tokenRate != configuration.tokenRate {
            tokenLimiter = RateLimiter(policy: newConfiguration.tokenRate)
        }
        if newConfiguration.tokenPolicy != configuration.tokenPolicy {
            tokens = TokenIssuer(policy: newConfiguration.tokenPolicy)
        }
        configuration = newConfiguration
    }
}
