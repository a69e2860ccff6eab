import EmulatorCore
import MicroHTTP
import UnderstudyCore

extension Net2Emulator {
    /// Runtime controls, mounted by the server under `/__admin/net2/`:
    ///
    /// - `GET mfa` → `{"mode": "off", "challengeStatus": 200, "wrongCodes": 0}`;
    ///   `PUT mfa` with `{"mode": "off" | "code:NNNNNN" | "totp:BASE32SECRET", "challengeStatus": 200}`
    ///   (`challengeStatus` optional), or the mode alone as a JSON string or plain text.
    /// - `GET token-rate` → `{"limit": 2, "windowSeconds": 1}`; `PUT token-rate` with the same
    ///   shape, or `"2/1s"`.
    /// - `POST reset` → back to seed and startup configuration.
    /// - `GET stats` → the ``Net2Stats`` counters.
    ///
    /// Errors are 400 `{"error": "..."}`; a known control with another method is 405.
    public func control(_ request: HTTPRequest, path: String) -> HTTPResponse? {
        let name = path.split(separator: "/").joined(separator: "/").lowercased()
        let method = request.method.uppercased()
        switch (name, method) {
        case ("mfa", "GET"): return .json(value: state.withState { $0.mfaControlJSON })
        case ("mfa", "PUT"): return setMFA(request)
        case ("token-rate", "GET"): return .json(value: Self.json(configuration.tokenRate))
        case ("token-rate", "PUT"): return setTokenRate(request)
        case ("reset", "POST"):
            reset()
            return .json(value: ["reset": true])
        case ("stats", "GET"): return .json(value: stats.json)
        case ("mfa", _), ("token-rate", _):
            return Self.controlError("use GET or PUT for \(name)", status: 405, allow: "GET, PUT")
        case ("reset", _): return Self.controlError("use POST for reset", status: 405, allow: "POST")
        case ("stats", _): return Self.controlError("use GET for stats", status: 405, allow: "GET")
        default: return nil
        }
    }

    private func setMFA(_ request: HTTPRequest) -> HTTPResponse {
        let body = (try? request.jsonBody()) ?? .string(request.bodyText)
        let modeText = body["mode"]?.stringValue ?? body.stringValue
        guard let modeText else {
            return Self.controlError("send {\"mode\": \"off\" | \"code:NNNNNN\" | \"totp:BASE32SECRET\"}")
        }
        var updated = configuration
        do {
            updated.mfa = try Net2MFAMode(parsing: modeText)
        } catch {
            return Self.controlError(error.description)
        }
        if let status = body["challengeStatus"] {
            guard let code = status.intValue, (200...599).contains(code) else {
                return Self.controlError("challengeStatus must be an HTTP status between 200 and 599")
            }
            updated.mfaChallengeStatus = code
        }
        return .json(value: state.withState { state in
            state.apply(updated)
            return state.mfaControlJSON
        })
    }

    private func setTokenRate(_ request: HTTPRequest) -> HTTPResponse {
        let body = (try? request.jsonBody()) ?? .string(request.bodyText)
        let policy: RateLimitPolicy
        do {
            if let text = body.stringValue {
                policy = try Net2Configuration.parseTokenRate(text)
            } else if let limit = body["limit"]?.intValue, let seconds = body["windowSeconds"]?.doubleValue,
                seconds.isFinite, seconds > 0, seconds < 1e9
            {
                policy = try RateLimitPolicy(limit: limit, window: .milliseconds(Int64((seconds * 1000).rounded())))
            } else {
                return Self.controlError("send {\"limit\": 2, \"windowSeconds\": 1} or \"2/1s\"")
            }
        } catch let error as VendorSettingError {
            return Self.controlError(error.description)
        } catch {
            return Self.controlError("invalid token rate: \(error)")
        }
        var updated = configuration
        updated.tokenRate = policy
        configure(updated)
        return .json(value: Self.json(policy))
    }

    private static func json(_ policy: RateLimitPolicy) -> JSONValue {
        let seconds = policy.window.seconds
        return ["limit": .integer(Int64(policy.limit)), "windowSeconds": seconds == seconds.rounded() ? .integer(Int64(seconds)) : .double(seconds)]
    }

    private static func controlError(_ message: String, status: Int = 400, allow: String? = nil) -> HTTPResponse {
        var response = HTTPResponse.json(value: ["error": .string(message)], status: status)
        if let allow { response.headers["Allow"] = allow }
        return response
    }
}

extension Net2State {
    /// The `mfa` control's view of the MFA settings.
    var mfaControlJSON: JSONValue {
        [
            "mode": .string(configuration.mfa.description),
            "challengeStatus": .integer(Int64(configuration.mfaChallengeStatus)),
            "wrongCodes": .integer(Int64(stats.wrongMFACodes)),
        ]
    }
}
