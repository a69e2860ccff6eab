import EmulatorCore
import Foundation
import MicroHTTP
import UnderstudyCore

extension LoketState {
    /// `POST /token`: the `refresh_token` grant every connector run uses and the
    /// `authorization_code` grant of the one-time bootstrap. The body holds form-encoded fields,
    /// sent as `text/plain` by the connector or as `application/x-www-form-urlencoded`.
    ///
    /// Errors use OAuth's JSON shape: 400 `invalid_request`, `unsupported_grant_type` and
    /// `invalid_grant` (unknown, used or expired refresh token or code), 401 `invalid_client`
    /// (unknown client id or wrong secret).
    mutating func token(_ call: LoketCall) -> HTTPResponse {
        stats.tokenRequests += 1
        guard let form = Self.tokenFields(call.request) else {
            let type = call.request.headers["Content-Type"] ?? ""
            return VendorError.oauth("invalid_request", description: "The content type '\(type)' is not supported; send the fields form-encoded.")
        }
        guard let grantType = form["grant_type"], !grantType.isEmpty else {
            return VendorError.oauth("invalid_request", description: "The grant_type parameter is missing.")
        }
        guard grantType == "refresh_token" || grantType == "authorization_code" else {
            return VendorError.oauth("unsupported_grant_type", description: "The grant type '\(grantType)' is not supported.")
        }
        guard let clientID = form["client_id"], let client = directory.client(clientID), client.accepts(secret: form["client_secret"])
        else {
            return VendorError.oauth("invalid_client", description: "The client id or client secret is invalid.", status: 401)
        }
        let issued: IssuedToken
        if grantType == "refresh_token" {
            guard let refreshToken = form["refresh_token"], !refreshToken.isEmpty else {
                return VendorError.oauth("invalid_request", description: "The refresh_token parameter is missing.")
            }
            guard case .refreshed(let refreshed) = tokens.refresh(refreshToken, issuedTo: clientID, includeRefreshToken: true, now: call.now)
            else {
                return VendorError.oauth("invalid_grant", description: "The refresh token is invalid, expired or already used.")
            }
            issued = refreshed
        } else {
            guard let code = form["code"], !code.isEmpty else {
                return VendorError.oauth("invalid_request", description: "The code parameter is missing.")
            }
            guard codes.redeem(code, clientId: clientID, redirectUri: form["redirect_uri"], now: call.now) else {
                return VendorError.oauth("invalid_grant", description: "The authorization code is invalid, expired, already used or was issued for another redirect_uri.")
            }
            issued = tokens.issue(subject: clientID, includeRefreshToken: true, now: call.now)
        }
        stats.tokensIssued += 1
        var body: [String: JSONValue] = [
            "access_token": .string(issued.accessToken), "token_type": "bearer", "expires_in": .integer(Int64(issued.expiresIn)),
        ]
        if let refreshToken = issued.refreshToken { body["refresh_token"] = .string(refreshToken) }
        return .json(
            value: .object(body), contentType: "application/json;charset=UTF-8", headers: ["Cache-Control": "no-store", "Pragma": "no-cache"])
    }

    /// The fields of a token request's body (the first of each name), or `nil` for a content
    /// type other than `text/plain` or `application/x-www-form-urlencoded`. The connector does
    /// not URL-encode its values; they decode unchanged as long as they hold no `%`, `+` or `&`.
    private static func tokenFields(_ request: HTTPRequest) -> [String: String]? {
        let type = (request.headers["Content-Type"] ?? "text/plain").split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard ["text/plain", "application/x-www-form-urlencoded", ""].contains(type) else { return nil }
        let text = request.bodyText.trimmingCharacters(in: .whitespacesAndNewlines)
        var fields: [String: String] = [:]
        for (name, value) in FormEncoding.decode(text) where fields[name] == nil { fields[name] = value }
        return fields
    }
}
