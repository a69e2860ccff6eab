import ConnectorRuntime
import Foundation
import UnderstudyCore

/// Signs an operator in to Net2: the password grant, and when Net2 v7 asks for a second factor
/// the MFA steps (mfa-request, mfa-challenge with a code, then the `mfa_2fa` grant).
///
/// Every step is a token request: retried after a 429 as `Retry-After` says, and sent in a dry run.
struct Net2Authenticator {
    static let tokenPath = "/api/v1/authorization/tokens"
    static let mfaRequestPath = "/api/v1/authorization/mfa-request"
    static let mfaChallengePath = "/api/v1/authorization/mfa-challenge"

    /// The operator and server.
    let settings: Net2Settings
    /// A client without credentials.
    let client: ConnectorHTTPClient

    /// Signs in and returns the access token.
    func signIn() async throws -> Net2Token {
        let answer = try await passwordGrant()
        if let token = Net2Token(answer: answer, now: client.clock.now) { return token }
        guard let challengeToken = Self.challengeToken(in: answer) else {
            throw Net2Failure("The Net2 token route answered without an access_token")
        }
        return try await completeMFA(challengeToken)
    }

    /// Step 1. A `mfa_required` answer comes back as it is, whatever its status (Net2 may send
    /// it with 200, 400 or 401).
    private func passwordGrant() async throws -> JSONValue {
        let form = [
            (name: "username", value: settings.userName), (name: "password", value: settings.password),
            (name: "grant_type", value: "password"), (name: "client_id", value: settings.clientID),
        ]
        do {
            return try await client.json(.token(Self.tokenPath, body: .form(form)))
        } catch let error as ConnectorHTTPError {
            guard let answer = try? JSONValue(parsing: error.responseText), Self.challengeToken(in: answer) != nil else { throw error }
            return answer
        }
    }

    /// Steps 2 to 4, with the code computed from `MfaTotpSecret` (or the fixed `MfaCode`).
    private func completeMFA(_ challengeToken: String) async throws -> Net2Token {
        let request: JSONValue = ["challengeToken": .string(challengeToken), "challengeType": .string(settings.challengeType)]
        _ = try await client.send(ConnectorRequest(.post, Self.mfaRequestPath, body: .json(request), isTokenRequest: true))
        let code = try settings.mfaCode(at: client.clock.now)
        let challenge: JSONValue = ["challengeToken": .string(challengeToken), "code": .string(code)]
        _ = try await client.send(ConnectorRequest(.post, Self.mfaChallengePath, body: .json(challenge), isTokenRequest: true))
        let form = [
            (name: "challengeToken", value: challengeToken), (name: "grant_type", value: "mfa_2fa"),
            (name: "client_id", value: settings.clientID),
        ]
        let answer = try await client.json(.token(Self.tokenPath, body: .form(form)))
        guard let token = Net2Token(answer: answer, now: client.clock.now) else {
            throw Net2Failure("The Net2 token route answered the MFA grant without an access_token")
        }
        return token
    }

    /// The challenge token of a `{"error": "mfa_required", "challengeToken": "…"}` answer.
    private static func challengeToken(in answer: JSONValue) -> String? {
        guard answer.member("error")?.stringValue?.lowercased() == "mfa_required",
            let token = answer.member("challengeToken")?.stringValue, !token.isEmpty
        else { return nil }
        return token
    }
}
