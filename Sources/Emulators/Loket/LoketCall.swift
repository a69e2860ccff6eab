import EmulatorCore
import Foundation
import MicroHTTP

/// One request as a Loket route handler sees it: the request, the path parameters, the time and,
/// on `/v2` routes, the client the bearer token was issued to.
struct LoketCall: Sendable {
    var request: HTTPRequest
    var parameters: [String: String]
    var now: Date
    var clientID: String?

    /// The path parameter `name` as a GUID (any case), `nil` when it is not one.
    func id(_ name: String) -> UUID? {
        parameters[name].flatMap { UUID(uuidString: $0) }
    }

    /// The first value of the query parameter `name`, compared without regard to case as
    /// ASP.NET binds query parameters.
    func queryValue(_ name: String) -> String? {
        request.queryItems.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// What the router holds for each Loket route: whether it is an OAuth route (no bearer token)
/// or an API route, and its handler.
struct LoketRoute: Sendable {
    var isAPI: Bool
    var handle: @Sendable (inout LoketState, LoketCall) -> HTTPResponse
}
