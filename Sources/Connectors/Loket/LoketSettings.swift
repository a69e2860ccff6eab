import ConnectorRuntime
import Foundation
import UnderstudyCore

/// The Loket source connector's configuration: the HelloID form of the original connector
/// (`Client_Id`, `Client_Secret`, `refresh_token`, `Environment`, `employer`) plus `apiBaseUrl`
/// and `tokenUrl`, which replace the environment's hosts (for example to run against the
/// emulator). Keys are matched without regard to case, as PowerShell reads them.
public struct LoketSettings: Sendable, Hashable {
    /// The OAuth client id (`Client_Id`).
    public var clientId: String
    /// The OAuth client secret (`Client_Secret`); empty for a client registered without one.
    public var clientSecret: String
    /// The refresh token obtained once through the authorization-code flow (`refresh_token`).
    public var refreshToken: String
    /// The environment (`Environment`, default `Production`).
    public var environment: LoketEnvironment
    /// The company name of the employer to import, compared without regard to case (`employer`).
    public var employer: String
    /// The API host, without `/v2` (`apiBaseUrl`, else the environment's).
    public var apiBaseURL: URL
    /// The token endpoint (`tokenUrl`, else the environment's).
    public var tokenURL: URL

    /// Reads the settings from HelloID's configuration: a JSON object or a string holding one.
    ///
    /// Throws a ``ConfigurationError`` naming the key: a required key missing or empty, an
    /// `Environment` other than `Production` or `Acceptance`, an override that is not an http(s)
    /// URL, or only one of `apiBaseUrl` and `tokenUrl` (set both, so a token meant for one Loket
    /// is never sent to another).
    public init(configuration: JSONValue) throws(ConfigurationError) {
        let form = try ConfigurationDecoder().decode(Form.self, from: configuration)
        clientId = try Self.required(form.Client_Id, key: "Client_Id")
        clientSecret = form.Client_Secret ?? ""
        refreshToken = try Self.required(form.refresh_token, key: "refresh_token")
        employer = try Self.required(form.employer, key: "employer")
        if let name = form.Environment {
            guard let environment = LoketEnvironment(setting: name) else {
                throw ConfigurationError(
                    key: "Environment", reason: .invalid("No valid environment provided. Valid values are: [Acceptance, Production]"))
            }
            self.environment = environment
        } else {
            environment = .production
        }
        switch (form.apiBaseUrl, form.tokenUrl) {
        case (nil, nil):
            apiBaseURL = environment.apiBaseURL
            tokenURL = environment.tokenURL
        case (let api?, let token?):
            apiBaseURL = Self.withoutVersion(try Self.http(api, key: "apiBaseUrl"))
            tokenURL = try Self.http(token, key: "tokenUrl")
        case (nil, _?):
            throw ConfigurationError(key: "apiBaseUrl", reason: .invalid("set apiBaseUrl together with tokenUrl"))
        case (_?, nil):
            throw ConfigurationError(key: "tokenUrl", reason: .invalid("set tokenUrl together with apiBaseUrl"))
        }
    }

    /// The keys as HelloID's form names them.
    private struct Form: Decodable {
        var Client_Id: String?
        var Client_Secret: String?
        var refresh_token: String?
        var Environment: String?
        var employer: String?
        var apiBaseUrl: URL?
        var tokenUrl: URL?
    }

    private static func required(_ value: String?, key: String) throws(ConfigurationError) -> String {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw ConfigurationError(key: key, reason: .missing) }
        return value
    }

    private static func http(_ url: URL, key: String) throws(ConfigurationError) -> URL {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw ConfigurationError(key: key, reason: .invalid("must be an http or https URL"))
        }
        return url
    }

    /// `url` without a trailing `/v2` (the OpenAPI servers list includes it; the connector's paths do).
    private static func withoutVersion(_ url: URL) -> URL {
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        if text.lowercased().hasSuffix("/v2") { text.removeLast(3) }
        return URL(string: text) ?? url
    }
}
