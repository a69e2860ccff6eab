import EmulatorCore
import MicroHTTP
import UnderstudyCore

extension Net2State {
    /// `POST /api/v1/authorization/mfa-request` (JSON `challengeToken`, `challengeType`): asks
    /// for a code to be sent. Nothing is sent (the code is the configured one); the step checks
    /// its body and is optional before the mfa-challenge step.
    func mfaRequest(_ call: Net2Call) -> HTTPResponse {
        let step: Net2MFAStep
        switch liveChallengeStep(call) {
        case .success(let live): step = live
        case .failure(let refusal): return refusal.response
        }
        guard let type = step.body["challengeType"]?.lenientString, !type.trimmingCharacters(in: .whitespaces).isEmpty else {
            return Net2Response.invalidModel("request.challengeType", "The challengeType field is required (email or otp).")
        }
        return Net2Response.ok(["success": true])
    }

    /// `POST /api/v1/authorization/mfa-challenge` (JSON `challengeToken`, `code`): checks the code
    /// against the configured fixed code or TOTP secret. A right code completes the challenge
    /// for the `mfa_2fa` grant; a wrong one is refused and counted.
    mutating func mfaChallenge(_ call: Net2Call) -> HTTPResponse {
        let step: Net2MFAStep
        switch liveChallengeStep(call) {
        case .success(let live): step = live
        case .failure(let refusal): return refusal.response
        }
        guard let code = Self.codeText(step.body["code"], length: configuration.mfa.codeLength) else {
            return Net2Response.invalidModel("request.code", "The code field is required.")
        }
        guard configuration.mfa.accepts(code, at: call.now) else {
            stats.wrongMFACodes += 1
            return Net2Response.message("The verification code is incorrect.", status: 400)
        }
        challenges.update(step.token) { $0.isVerified = true }
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

    /// The MFA step a request asks for when its `challengeToken` names a live challenge, or why
    /// not: a body that does not bind, or a token that is unknown, used or expired (400).
    private func liveChallengeStep(_ call: Net2Call) -> Result<Net2MFAStep, Net2StepRefusal> {
        switch call.jsonObject(named: "request") {
        case .failure(let rejection):
            return .failure(Net2StepRefusal(response: rejection.response))
        case .success(let body):
            guard let token = body["challengeToken"]?.lenientString, challenges.challenge(token, now: call.now) != nil else {
                return .failure(Net2StepRefusal(response: Net2Response.message("The challenge token is invalid, used or expired.", status: 400)))
            }
            return .success(Net2MFAStep(body: body, token: token))
        }
    }
}

/// An MFA step's JSON body and the live challenge token it names.
struct Net2MFAStep {
    let body: CaseInsensitiveObject
    let token: String
}

/// The answer refusing an MFA step.
struct Net2StepRefusal: Error {
    let response: HTTPResponse
}
