import MicroHTTP
import UnderstudyCore

/// Builders for the JSON error bodies vendors answer with.
public enum VendorError {
    /// An ASP.NET Web API style error: `{"Message": "..."}` (the key is configurable).
    public static func message(_ text: String, status: Int, key: String = "Message", headers: HTTPHeaders = HTTPHeaders())
        -> HTTPResponse
    {
        .json(value: [key: .string(text)], status: status, headers: headers)
    }

    /// An OAuth 2.0 error (RFC 6749 §5.2): `{"error": code, "error_description": description}`.
    public static func oauth(_ code: String, description: String? = nil, status: Int = 400) -> HTTPResponse {
        var body: [String: JSONValue] = ["error": .string(code)]
        if let description { body["error_description"] = .string(description) }
        return .json(value: .object(body), status: status)
    }

    /// A `429 Too Many Requests` with a `Retry-After` header in whole seconds and a JSON body.
    public static func tooManyRequests(retryAfterSeconds: Int, body: JSONValue) -> HTTPResponse {
        .json(value: body, status: 429, headers: ["Retry-After": String(retryAfterSeconds)])
    }
}
