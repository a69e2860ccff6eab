import ConnectorRuntime
import UnderstudyCore

/// The refresh-token grant the original connector sends: `POST {tokenUrl}` with the fields
/// joined as `text/plain` without URL-encoding, `client_secret=` always present.
enum LoketTokenRequest {
    /// A grant function for ``LoketAuthorization`` sending with `http` and the settings' client.
    static func grant(http: ConnectorHTTPClient, settings: LoketSettings) -> LoketAuthorization.Grant {
        { refreshToken in
            let request = ConnectorRequest.token(
                settings.tokenURL.absoluteString,
                body: .textForm([
                    ("grant_type", "refresh_token"), ("client_id", settings.clientId), ("client_secret", settings.clientSecret),
                    ("refresh_token", refreshToken),
                ]))
            let answer: JSONValue
            do {
                answer = try await http.json(request)
            } catch let error as ConnectorHTTPError {
                if let code = oauthError(error) { throw LoketConnectorError.authenticationFailed(error: code) }
                throw error
            }
            guard let accessToken = answer.member("access_token")?.stringValue, !accessToken.isEmpty else {
                throw LoketConnectorError.noAccessToken
            }
            return LoketTokenGrant(accessToken: accessToken, refreshToken: answer.member("refresh_token")?.stringValue)
        }
    }

    /// The OAuth `error` code of a refused token request (400 or 401), if its body has one.
    private static func oauthError(_ error: ConnectorHTTPError) -> String? {
        guard let status = error.status, status == 400 || status == 401,
            let body = try? JSONValue(parsing: error.responseText), let code = body.member("error")?.stringValue, !code.isEmpty
        else { return nil }
        return code
    }
}
