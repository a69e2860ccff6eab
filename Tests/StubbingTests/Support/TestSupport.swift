import Foundation
import MicroHTTP
import Stubbing
import UnderstudyCore

/// Parses JSON text written in a test.
func json(_ text: String) throws -> JSONValue {
    try JSONValue(parsing: text)
}

/// A matcher read from its JSON form, as a stub would give it.
func valuePattern(_ text: String) throws -> ValuePattern {
    let mapping = try StubMapping(json: json(#"{"request": {"bodyPatterns": [\#(text)]}}"#))
    return mapping.request.bodyPatterns[0]
}

/// A request pattern read from its JSON form.
func requestPattern(_ text: String) throws -> RequestPattern {
    try RequestPattern(json: json(text))
}

/// A mapping read from its JSON form.
func stub(_ text: String) throws -> StubMapping {
    try StubMapping(json: json(text))
}

/// A request as the server would hand it over.
func request(_ method: String = "GET", _ target: String, headers: HTTPHeaders = HTTPHeaders(), body: String = "") -> HTTPRequest {
    HTTPRequest(method: method, target: target, headers: headers, body: Data(body.utf8))
}

/// The error a mapping's JSON is rejected with.
func validationError(_ text: String) throws -> StubValidationError? {
    let value = try json(text)
    do {
        _ = try StubMapping(json: value)
        return nil
    } catch {
        return error
    }
}
