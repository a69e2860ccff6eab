import EmulatorCore
import Foundation
import MicroHTTP
import UnderstudyCore

extension Net2State {
    /// `POST /api/v1/authorization/tokens` (form-urlencoded): the `password`, `refresh_token`
    /// and `mfa_2fa` grants, behind the token-route rate limit.
    mutating func token(_ call: Net2Call) -> HTTPResponse {
        stats.tokenRequests += 1
        if case .limited(let retryAfter) = tokenLimiter.admit(key: "token-route", now: call.now) {
            stats.rateLimited += 1
            let policy = configuration.tokenRate
            return VendorError.tooManyRequests(
                retryAfterSeconds: retryAfter,
                body: ["Message": .string("Too many requests. The authorisation route accepts \(policy.limit) requests per \(policy.window.seconds.formatted) s.")])
        }
        guard isKnownClient(call.formValue("client_id")) else {
            return VendorError.oauth("invalid_client", description: "The client id is missing or unknown.")
        }
        let offlineAccess = (call.formValue("scope") ?? "").lowercased().split(separator: " ").contains("offline_access")
        switch call.formValue("grant_type")?.lowercased() {
        case "password"?:
            return passwordGrant(call, offlineAccess: offlineAccess)
        case "refresh_token"?:
            return refreshGrant(call, offlineAccess: offlineAccess)
        case "mfa_2fa"?:
            return mfaGrant(call, offlineAccess: offlineAccess)
        case nil, ""?:
            return VendorError.oauth("invalid_request", description: "The grant_type parameter is missing.")
        default:
            return VendorError.oauth("unsupported_grant_type")
        }
    }

    private mutating func passwordGrant(_ call: Net2Call, offlineAccess: Bool) -> HTTPResponse {
        let username = (call.formValue("username") ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard let account = operators.first(where: { $0.name.lowercased() == username }),
            account.password == call.formValue("password")
        else {
            return VendorError.oauth("invalid_grant", description: "The user name or password is incorrect.")
        }
        guard configuration.mfa.isEnabled else { return issue(to: account.name, offlineAccess: offlineAccess, now: call.now) }
        stats.mfaChallengesIssued += 1
        let challengeToken = challenges.open(for: account.name, lifetime: configuration.mfaChallengeLifetime, now: call.now)
        return .json(
            value: ["error": "mfa_required", "challengeToken": .string(challengeToken)], status: configuration.mfaChallengeStatus)
    }

    private mutating func refreshGrant(_ call: Net2Call, offlineAccess: Bool) -> HTTPResponse {
        guard let refreshToken = call.formValue("refresh_token"), !refreshToken.isEmpty,
            case .refreshed(let issued) = tokens.refresh(refreshToken, includeRefreshToken: offlineAccess, now: call.now)
        else {
            return VendorError.oauth("invalid_grant", description: "The refresh token is invalid or has expired.")
        }
        return tokenResponse(issued)
    }

    private mutating func mfaGrant(_ call: Net2Call, offlineAccess: Bool) -> HTTPResponse {
        guard let challengeToken = call.formValue("challengeToken"),
            let challenge = challenges.challenge(challengeToken, now: call.now)
        else {
            return VendorError.oauth("invalid_grant", description: "The challenge token is invalid, used or expired.")
        }
        guard challenge.isVerified else {
            return VendorError.oauth("invalid_grant", description: "The MFA challenge has not been completed.")
        }
        challenges.close(challengeToken)
        return issue(to: challenge.operatorName, offlineAccess: offlineAccess, now: call.now)
    }

    /// Issues a token to an operator and answers with it; used by the grants and provider states.
    mutating func issue(to operatorName: String, offlineAccess: Bool, now: Date) -> HTTPResponse {
        tokenResponse(tokens.issue(subject: operatorName, scopes: offlineAccess ? ["offline_access"] : [], includeRefreshToken: offlineAccess, now: now))
    }

    private mutating func tokenResponse(_ issued: IssuedToken) -> HTTPResponse {
        stats.tokensIssued += 1
        var body: [String: JSONValue] = [
            "access_token": .string(issued.accessToken),
            "token_type": "bearer",
            "expires_in": .integer(Int64(issued.expiresIn)),
            "expiry_datetime": .string(Self.timestamp(issued.grant.expiresAt)),
        ]
        if let refreshToken = issued.refreshToken { body["refresh_token"] = .string(refreshToken) }
        return .json(value: .object(body))
    }

    /// An instant as Net2 writes `expiry_datetime`: UTC with seven fraction digits
    /// (`2026-03-23T11:51:20.9832179Z`).
    static func timestamp(_ date: Date) -> String {
        let whole = date.timeIntervalSince1970.rounded(.down)
        let ticks = Int(((date.timeIntervalSince1970 - whole) * 10_000_000).rounded(.down))
        let fraction = String(ticks)
        let base = Net2DateTime(date: Date(timeIntervalSince1970: whole)).description
        return base + "." + String(repeating: "0", count: max(0, 7 - fraction.count)) + fraction + "Z"
    }
}

extension Double {
    /// The number without a trailing `.0` when whole (`1`, `0.5`).
    fileprivate var formatted: String { self == rounded() ? String(Int(self)) : String(self) }
}
