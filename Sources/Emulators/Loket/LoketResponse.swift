import EmulatorCore
import MicroHTTP
import UnderstudyCore

/// The answers the Loket API gives: data with its versioned content type, and its error bodies.
enum LoketResponse {
    /// The one resource version the emulator serves.
    static let resourceVersion = "2018-01-01"

    /// A 200 JSON answer with Loket's versioned content type.
    static func ok(_ value: JSONValue) -> HTTPResponse {
        .json(value: value, contentType: "application/json;version=\(resourceVersion)")
    }

    /// 401 for a missing, unknown or expired bearer token.
    static var unauthorized: HTTPResponse {
        VendorError.message(
            "Authorization has been denied for this request.", status: 401, key: "message", headers: ["WWW-Authenticate": "Bearer"])
    }

    /// 403 for a record the token's client may not read.
    static var forbidden: HTTPResponse {
        VendorError.message(
            "Insufficient rights for this request, reason \"User doesn't have rechten to perform activity for the given Id.\"",
            status: 403, key: "message")
    }

    /// 404 with an empty body, for an unknown path or id.
    static var notFound: HTTPResponse { HTTPResponse(status: 404, headers: ["Content-Type": "application/json"]) }

    /// 405 for a known path with a method it does not serve.
    static func methodNotAllowed(_ method: String, allowed: [String]) -> HTTPResponse {
        VendorError.message(
            "The requested resource does not support http method '\(method)'.", status: 405, key: "message",
            headers: ["Allow": allowed.joined(separator: ", ")])
    }

    /// 406 for an `Accept` header the emulator cannot satisfy.
    static func notAcceptable(_ reason: String) -> HTTPResponse {
        VendorError.message(reason, status: 406, key: "message")
    }

    /// 400 for an invalid query parameter, as a Loket message list.
    static func badRequest(_ description: String, property: String) -> HTTPResponse {
        let message: JSONValue = [
            "code": 400, "description": .string(description), "id": .null, "properties": [.string(property)], "type": "Error",
        ]
        return .json(value: ["messages": [message]], status: 400)
    }
}
