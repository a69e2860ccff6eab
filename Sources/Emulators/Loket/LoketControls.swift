import Foundation
import EmulatorCore
import MicroHTTP
import UnderstudyCore

extension LoketEmulator {
    /// Runtime controls, mounted by the server under `/__admin/loket/`:
    ///
    /// - `GET rotation` → `{"rotation": "off"}`; `PUT rotation` with `{"rotation": "on"}`,
    ///   `"on"`, `true` or plain text `on`/`off`. Tokens issued so far stay valid.
    /// - `PUT expire-tokens` with no body (or `{}`) → every access token issued so far expires now:
    ///   `{"expiredAccessTokens": 1}`. With `{"afterRequests": N}` they expire once N more
    ///   authorised API requests have been answered: `{"expiresAfterRequests": N}`, so a run in
    ///   progress meets a 401 on request N + 1.
    /// - `POST reset` → back to seed and startup configuration.
    /// - `GET stats` → the ``LoketStats`` counters.
    ///
    /// Errors are 400 `{"error": "..."}`; a known control with another method is 405.
    public func control(_ request: HTTPRequest, path: String) -> HTTPResponse? {
        let name = path.split(separator: "/").joined(separator: "/").lowercased()
        switch (name, request.method.uppercased()) {
        case ("rotation", "GET"): return .json(value: Self.rotationJSON(configuration.rotatesRefreshTokens))
        case ("rotation", "PUT"): return setRotation(request)
        case ("expire-tokens", "PUT"): return expireTokens(request)
        case ("reset", "POST"):
            reset()
            return .json(value: ["reset": true])
        case ("stats", "GET"): return .json(value: stats.json)
        case ("rotation", _): return Self.controlError("use GET or PUT for rotation", status: 405, allow: "GET, PUT")
        case ("expire-tokens", _): return Self.controlError("use PUT for expire-tokens", status: 405, allow: "PUT")
        case ("reset", _): return Self.controlError("use POST for reset", status: 405, allow: "POST")
        case ("stats", _): return Self.controlError("use GET for stats", status: 405, allow: "GET")
        default: return nil
        }
    }

    private func setRotation(_ request: HTTPRequest) -> HTTPResponse {
        let body = (try? request.jsonBody()) ?? .string(request.bodyText)
        let value = body["rotation"] ?? body
        let on = value.boolValue ?? value.stringValue.flatMap(LoketConfiguration.parseSwitch)
        guard let on else { return Self.controlError("send {\"rotation\": \"on\"} or {\"rotation\": \"off\"}") }
        setRefreshTokenRotation(on)
        return .json(value: Self.rotationJSON(on))
    }

    private func expireTokens(_ request: HTTPRequest) -> HTTPResponse {
        let text = request.bodyText.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = text.isEmpty ? JSONValue.object([:]) : (try? JSONValue(parsing: text)) ?? .null
        guard case .object(let members) = body else { return Self.controlError("send no body, {} or {\"afterRequests\": N}") }
        guard let after = members["afterRequests"] else { return .json(value: ["expiredAccessTokens": .integer(Int64(expireAccessTokens()))]) }
        guard let count = after.intValue, count >= 1 else { return Self.controlError("afterRequests must be a whole number of at least 1") }
        state.withState { $0.expiryCountdown = count }
        return .json(value: ["expiresAfterRequests": .integer(Int64(count))])
    }

    private static func rotationJSON(_ on: Bool) -> JSONValue { ["rotation": .string(on ? "on" : "off")] }

    private static func controlError(_ message: String, status: Int = 400, allow: String? = nil) -> HTTPResponse {
        var response = HTTPResponse.json(value: ["error": .string(message)], status: status)
        if let allow { response.headers["Allow"] = allow }
        return response
    }
}
