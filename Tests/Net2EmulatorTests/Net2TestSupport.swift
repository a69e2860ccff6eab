import EmulatorCore
import Foundation
import MicroHTTP
import Net2Emulator
import Testing
import UnderstudyCore

/// The repository's `Stubs/` folder, found from this file's path.
let stubsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Stubs")

/// The seed operator and licence of `Stubs/net2/data`.
enum Seeded {
    static let username = "System engineer"
    static let password = "Net2Demo!"
    static let clientID = "7c6d9f3e-2b1a-4c8d-9e0f-1a2b3c4d5e6f"
}

/// An emulator on the repository seed with a manual clock, and request helpers.
struct Net2Fixture {
    let clock = ManualClock()
    let emulator: Net2Emulator

    init(configuration: Net2Configuration = Net2Configuration()) throws {
        emulator = Net2Emulator(seed: try Net2Seed.load(stubsDirectory: stubsDirectory), configuration: configuration, clock: clock)
    }

    /// Sends a request, with a JSON body and a bearer token when given.
    @discardableResult
    func send(_ method: String, _ target: String, json: JSONValue? = nil, token: String? = nil) -> HTTPResponse {
        var headers = HTTPHeaders()
        var body = Data()
        if let json {
            headers["Content-Type"] = "application/json"
            body = json.serializedData()
        }
        if let token { headers["Authorization"] = "Bearer \(token)" }
        return emulator.respond(to: HTTPRequest(method: method, target: target, headers: headers, body: body))
    }

    /// Posts a form to the token route.
    @discardableResult
    func postToken(_ fields: [(String, String)]) -> HTTPResponse {
        let body = FormEncoding.encode(fields.map { (name: $0.0, value: $0.1) })
        return emulator.respond(to: HTTPRequest(
            method: "POST", target: "/api/v1/authorization/tokens",
            headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data(body.utf8)))
    }

    /// The connector's password grant fields.
    static func passwordGrant(username: String = Seeded.username, password: String = Seeded.password) -> [(String, String)] {
        [("username", username), ("password", password), ("grant_type", "password"), ("client_id", Seeded.clientID)]
    }

    /// Gets a token as the connector does, then waits the connector's 500 ms.
    func token() throws -> String {
        let response = postToken(Self.passwordGrant())
        try #require(response.status == 200, "token request answered \(response.status): \(response.bodyText)")
        clock.advance(by: .milliseconds(500))
        return try #require(response.json["access_token"]?.stringValue)
    }
}

extension HTTPResponse {
    /// The body parsed as JSON (`null` when it is not JSON).
    var json: JSONValue { (try? JSONValue(parsing: body)) ?? .null }
}
