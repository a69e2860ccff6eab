import Foundation

/// The Loket environments the HelloID connector's `Environment` setting chooses between, with
/// their API and OAuth hosts.
public enum LoketEnvironment: String, Sendable, Hashable, CaseIterable {
    /// `https://api.loket.nl` with tokens from `https://oauth.loket.nl/token` (the default).
    case production = "Production"
    /// `https://api.loket-acc.nl` with tokens from `https://oauth.loket-acc.nl/token`.
    case acceptance = "Acceptance"

    /// The environment an `Environment` setting names, in any letter case: `Production`, or
    /// `Acceptance` (also spelled `Acceptation`); `nil` for anything else.
    public init?(setting: String) {
        switch setting.trimmingCharacters(in: .whitespaces).lowercased() {
        case "production": self = .production
        case "acceptance", "acceptation": self = .acceptance
        default: return nil
        }
    }

    /// The API host; the connector appends `/v2/...` paths to it.
    public var apiBaseURL: URL {
        switch self {
        case .production: return URL(string: "https://api.loket.nl")!
        case .acceptance: return URL(string: "https://api.loket-acc.nl")!
        }
    }

    /// The OAuth token endpoint.
    public var tokenURL: URL {
        switch self {
        case .production: return URL(string: "https://oauth.loket.nl/token")!
        case .acceptance: return URL(string: "https://oauth.loket-acc.nl/token")!
        }
    }
}
