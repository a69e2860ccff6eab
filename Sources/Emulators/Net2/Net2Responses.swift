import Foundation
import EmulatorCore
import MicroHTTP
import UnderstudyCore

/// The answers Net2 (ASP.NET Web API 2) gives, with its `{"Message": "..."}` error bodies.
enum Net2Response {
    /// A 200 JSON answer.
    static func ok(_ value: JSONValue) -> HTTPResponse { .json(value: value) }

    /// A 200 answer with JSON serialized beforehand.
    static func ok(body: Data) -> HTTPResponse { .json(body: body) }

    /// An error with an ASP.NET `Message` body.
    static func message(_ text: String, status: Int) -> HTTPResponse { VendorError.message(text, status: status) }

    /// 400 for a request body that does not bind, with ASP.NET's `ModelState` listing why.
    static func invalidModel(_ field: String, _ reason: String) -> HTTPResponse {
        .json(value: ["Message": "The request is invalid.", "ModelState": [field: [.string(reason)]]], status: 400)
    }

    /// 401 for a missing, unknown or expired bearer token.
    static var unauthorized: HTTPResponse {
        VendorError.message(
            "Authorization has been denied for this request.", status: 401, headers: ["WWW-Authenticate": "Bearer"])
    }

    /// 404 for a path no route serves.
    static func noRoute(_ request: HTTPRequest) -> HTTPResponse {
        message("No HTTP resource was found that matches the request URI '\(request.absoluteURL)'.", status: 404)
    }

    /// 405 for a known path with a method it does not serve.
    static func methodNotAllowed(_ method: String, allowed: [String]) -> HTTPResponse {
        VendorError.message(
            "The requested resource does not support http method '\(method)'.", status: 405,
            headers: ["Allow": allowed.joined(separator: ", ")])
    }

    /// 404 for a user id that does not exist.
    static var userNotFound: HTTPResponse { message("User not found.", status: 404) }
}
