import EmulatorCore
import Foundation
import MicroHTTP
import UnderstudyCore

/// One request as a Net2 route handler sees it: the request, the path parameters and the time.
struct Net2Call: Sendable {
    var request: HTTPRequest
    var parameters: [String: String]
    var now: Date

    /// The first form field named `name` (any case) of a form-urlencoded body.
    func formValue(_ name: String) -> String? {
        request.formParameters.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The path parameter `id` as a user id.
    var userID: Int? { parameters["id"].flatMap { Int($0) } }

    /// The body as a JSON object with case-insensitive member names, or the 400 to answer.
    func jsonObject(named model: String) -> Result<CaseInsensitiveObject, Net2Rejection> {
        guard let value = try? request.jsonBody() else {
            return .failure(Net2Rejection(field: model, reason: "The request body is not valid JSON."))
        }
        guard case .object(let members) = value else {
            return .failure(Net2Rejection(field: model, reason: "Expected a JSON object, found \(value.typeName)."))
        }
        return .success(CaseInsensitiveObject(members))
    }
}

/// A request body that does not bind: the model field and the reason, answered as ASP.NET's
/// 400 with `ModelState`.
struct Net2Rejection: Error, Sendable, Hashable {
    var field: String
    var reason: String

    var response: HTTPResponse { Net2Response.invalidModel(field, reason) }
}

/// What the router holds for each Net2 route: whether it needs a bearer token, and its handler.
struct Net2Route: Sendable {
    var requiresToken: Bool
    var handle: @Sendable (inout Net2State, Net2Call) -> HTTPResponse
}
