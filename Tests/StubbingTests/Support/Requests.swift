import Foundation
import MicroHTTP
import UnderstudyCore

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
