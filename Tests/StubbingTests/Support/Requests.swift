import Foundation
import MicroHTTP
import UnderstudyCore

/// Builds a request for a test.
func request(_ method: String, _ target: String, headers: HTTPHeaders = [:], body: String = "") -> HTTPRequest {
    HTTPRequest(method: method, target: target, headers: headers, body: Data(body.utf8))
}

extension HTTPAnswer {
    /// The response of an immediate answer, or a 599 placeholder the test will flag.
    var immediate: HTTPResponse {
        response ?? HTTPResponse(status: 599)
    }
}

extension HTTPResponse {
    /// The body parsed as JSON (`null` when it is not JSON).
    var json: JSONValue { (try? JSONValue(parsing: body)) ?? .null }
}
