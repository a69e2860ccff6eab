import EmulatorCore
import MicroHTTP
import UnderstudyCore

extension Net2State {
    /// `POST /api/v1/authorization/mfa-request` (JSON `challengeToken`, `challengeType`): asks
    /// for a code to be sent. Nothing is sent (the code is the configured one); the step checks
    /// its body and is optional before the mfa-challenge step.
    func mfaRequest(_ call: Net2Call) -> HTTPResponse {
        let body: CaseInsensitiveObject
        switch call.jsonObject(named: "request") {
        case .success(let object): body = object
        case .failure(let rejection): return rejection.response
        }
        guard let token = body["challengeToken"]?.lenientString, challenges.challenge(token, now: call.now) != nil else {
            return Net2Response.message("The challenge token is invalid, used or expired.", status: 400)
        }
        guard let type = body["challengeType"]?.lenientString, !type.trimmingCharacters(in: .whitespaces).isEmpty else {
            return Net2Response.invalidModel("request.challengeType", "The challengeType field is required (email or otp).")
        }
        return Net2Response.ok(["success": true])
    }

    /// `POST /api/v1/authorization/mfa-challenge` (JSON `challengeToken`, `code`): checks the code
    /// against the configured fixed code or TOTP secret. A right code completes the challenge
    /// for the `mfa_2fa` grant; a wrong one is refused and counted.
    mutating func mfaChallenge(_ call: Net2Call) -> HTTPResponse {
        let body: CaseInsensitiveObject
        switch call.jsonObject(named: "request") {
        case .success(let object): body = object
        case .failure(let rejection): return rejection.response
        }
        guard let token = body["challengeToken"]?.lenientString, challenges.challenge(token, now: call.now) != nil else {
            return Net2Response.message("The challenge token is invalid, used or expired.", status: 400)
        }
        guard let code = Self.codeText(body["code"], length: configuration.mfa.codeLength) else {
            return Net2Response.invalidModel("request.code", "The code field is required.")
        }
        guard configuration.mfa.accepts(code, at: call.now) else {
            stats.wrongMFACodes += 1
            return Net2Response.message("The verification code is incorrect.", status: 400)
        }
        challenges.update(token) { $0.isVerified = true }
        return Net2Response.ok(["success": true])
    }

    /// The code as text; a code sent as a JSON number gets its leading zeros back.
    private static func codeText(_ value: JSONValue?, length: Int) -> String? {
        switch value {
        case .string(let text)?:
            return text.isEmpty ? nil : text
        case .integer(let number)? where number >= 0:
            let digits = String(number)
            return String(repeating: "0", count: max(0, length - digits.count)) + digits
        default:
            return nil
        }
    }
}
