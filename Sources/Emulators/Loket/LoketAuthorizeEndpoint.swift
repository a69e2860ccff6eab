import EmulatorCore
import MicroHTTP

extension LoketState {
    /// `GET /authorize?client_id=…&redirect_uri=…&response_type=code&scope=all&state=…`: the
    /// browser step of the one-time bootstrap, approved at once (there is no login page). Answers
    /// 302 to `redirect_uri?state=…&code=…`; the code works once with the `authorization_code`
    /// grant. An unknown client or a redirect URI the client has not registered answers 400
    /// without redirecting; another `response_type` redirects with `error=unsupported_response_type`.
    mutating func authorize(_ call: LoketCall) -> HTTPResponse {
        func query(_ name: String) -> String? { call.request.queryValues(name).first }
        guard let clientID = query("client_id"), let client = directory.client(clientID) else {
            return VendorError.oauth("invalid_client", description: "The client id is missing or unknown.")
        }
        guard let redirectURI = query("redirect_uri"), !redirectURI.isEmpty,
            client.redirectUris.isEmpty || client.redirectUris.contains(redirectURI)
        else {
            return VendorError.oauth("invalid_request", description: "The redirect_uri is missing or not registered for this client.")
        }
        let state = query("state").map { [(name: "state", value: $0)] } ?? []
        guard query("response_type") == "code" else {
            return Self.redirect(to: redirectURI, state + [(name: "error", value: "unsupported_response_type")])
        }
        let code = codes.issue(clientId: clientID, redirectUri: redirectURI, lifetime: configuration.authorizationCodeLifetime, now: call.now)
        stats.authorizationCodesIssued += 1
        return Self.redirect(to: redirectURI, state + [(name: "code", value: code)])
    }

    private static func redirect(to uri: String, _ parameters: [(name: String, value: String)]) -> HTTPResponse {
        let separator = uri.contains("?") ? "&" : "?"
        return HTTPResponse(status: 302, headers: ["Location": uri + separator + FormEncoding.encode(parameters)])
    }
}
