import Foundation

/// An OAuth client registered with Loket, as written in `clients.json`.
public struct LoketClient: Sendable, Hashable, Decodable {
    /// The client id (`understudy-demo`).
    public var clientId: String
    /// The client secret; `nil` or empty for a client registered without one, which may then send
    /// `client_secret=` empty or leave it out.
    public var clientSecret: String?
    /// The redirect URIs `/authorize` accepts; any when empty.
    public var redirectUris: [String]
    /// Refresh tokens obtained before the emulator started (the connector's `refresh_token`
    /// setting); they never expire.
    public var refreshTokens: [String]
    /// The employers the client's tokens may read; all when `nil`. Other employers are left out
    /// of the employer list and answer 403.
    public var employerIds: [UUID]?

    /// Creates a client.
    public init(
        clientId: String, clientSecret: String? = nil, redirectUris: [String] = [], refreshTokens: [String] = [],
        employerIds: [UUID]? = nil
    ) {
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.redirectUris = redirectUris
        self.refreshTokens = refreshTokens
        self.employerIds = employerIds
    }

    private enum Key: String, CodingKey { case clientId, clientSecret, redirectUris, refreshTokens, employerIds }

    /// Reads a client; `redirectUris` and `refreshTokens` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        self.init(
            clientId: try container.decode(String.self, forKey: .clientId),
            clientSecret: try container.decodeIfPresent(String.self, forKey: .clientSecret),
            redirectUris: try container.decodeIfPresent([String].self, forKey: .redirectUris) ?? [],
            refreshTokens: try container.decodeIfPresent([String].self, forKey: .refreshTokens) ?? [],
            employerIds: try container.decodeIfPresent([UUID].self, forKey: .employerIds))
    }

    /// Whether `secret` (the request's `client_secret`, `nil` when absent) authenticates the client.
    func accepts(secret: String?) -> Bool {
        guard let expected = clientSecret, !expected.isEmpty else { return secret?.isEmpty ?? true }
        return secret == expected
    }

    /// Whether the client's tokens may read `employerId`.
    func mayRead(employer employerId: UUID) -> Bool {
        employerIds?.contains(employerId) ?? true
    }
}
