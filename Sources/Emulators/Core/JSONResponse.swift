import Foundation
import MicroHTTP
import UnderstudyCore

extension HTTPResponse {
    /// A response whose body is `value` as compact JSON.
    public static func json(
        value: JSONValue, status: Int = 200, contentType: String = "application/json; charset=utf-8",
        headers: HTTPHeaders = HTTPHeaders()
    ) -> HTTPResponse {
        json(body: value.serializedData(), status: status, contentType: contentType, headers: headers)
    }

    /// A response whose body is JSON serialized beforehand.
    public static func json(
        body: Data, status: Int = 200, contentType: String = "application/json; charset=utf-8", headers: HTTPHeaders = HTTPHeaders()
    ) -> HTTPResponse {
        var response = HTTPResponse(status: status, headers: headers, body: body)
        response.headers["Content-Type"] = contentType
        return response
    }

    /// An empty `204 No Content` response.
    public static var noContent: HTTPResponse { HTTPResponse(status: 204) }
}

extension HTTPRequest {
    /// The body parsed as JSON.
    public func jsonBody() throws(JSONParseError) -> JSONValue {
        try JSONValue(parsing: body)
    }
}
