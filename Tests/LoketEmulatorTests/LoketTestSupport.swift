import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

/// The repository's `Stubs/` folder, found from this file's path.
let stubsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Stubs")

/// Names and ids of `Stubs/loket/data`.
enum Seeded {
    static let clientID = "understudy-demo"
    static let refreshToken = "loket-demo-refresh-token"
    static let confidentialClientID = "understudy-confidential"
    static let confidentialSecret = "demo-client-secret"
    static let confidentialRefreshToken = "loket-confidential-refresh-token"
    static let zorgOnlyRefreshToken = "loket-zorg-only-refresh-token"
    static let employerName = "Understudy Demo B.V."
    static let employerID = "c1a00000-0000-4000-8000-000000000001"
    static let secondEmployerID = "c1a00000-0000-4000-8000-000000000002"

    /// The id of Understudy Demo employee `number`.
    static func employeeID(_ number: Int) -> String { "a1a00000-0000-4000-8000-000000000\(number)" }

    /// The id of Understudy Demo employee `number`'s `sequence`th employment.
    static func employmentID(_ number: Int, _ sequence: Int = 1) -> String { "e1a00000-0000-4000-8000-00000000\(number)\(sequence)" }

    /// The id of Understudy Demo department `code`.
    static func departmentID(_ code: Int) -> String {
        "d1a00000-0000-4000-8000-" + String(repeating: "0", count: 12 - String(code).count) + String(code)
    }
}

/// An emulator with a manual clock, and request helpers.
struct LoketFixture {
    let clock = ManualClock()
    let emulator: LoketEmulator

    /// An emulator on the repository seed.
    init(configuration: LoketConfiguration = LoketConfiguration()) throws {
        emulator = LoketEmulator(seed: try LoketSeed.load(stubsDirectory: stubsDirectory), configuration: configuration, clock: clock)
    }

    /// An emulator on `seed`.
    init(seed: LoketSeed, configuration: LoketConfiguration = LoketConfiguration()) {
        emulator = LoketEmulator(seed: seed, configuration: configuration, clock: clock)
    }

    /// A fixture around an emulator made elsewhere (its clock is not this fixture's).
    init(emulator: LoketEmulator) {
        self.emulator = emulator
    }

    /// Sends a request with the connector's API headers (`Accept` and `Content-Type`
    /// `application/json`) and a bearer token when given.
    @discardableResult
    func get(_ target: String, token: String?, accept: String? = "application/json", method: String = "GET") -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let accept { headers["Accept"] = accept }
        if let token { headers["Authorization"] = "Bearer \(token)" }
        return emulator.respond(to: HTTPRequest(method: method, target: target, headers: headers))
    }

    /// Posts `body` to `/token` as the connector does: a raw string with `Content-Type: text/plain`.
    @discardableResult
    func postToken(_ body: String, contentType: String? = "text/plain") -> HTTPResponse {
        var headers = HTTPHeaders()
        if let contentType { headers["Content-Type"] = contentType }
        return emulator.respond(to: HTTPRequest(method: "POST", target: "/token", headers: headers, body: Data(body.utf8)))
    }

    /// The connector's refresh-grant body, values not URL-encoded.
    static func refreshBody(
        clientID: String = Seeded.clientID, secret: String = "", refreshToken: String = Seeded.refreshToken
    ) -> String {
        "grant_type=refresh_token&client_id=\(clientID)&client_secret=\(secret)&refresh_token=\(refreshToken)"
    }

    /// An access token from the connector's refresh grant.
    func token(clientID: String = Seeded.clientID, refreshToken: String = Seeded.refreshToken) throws -> String {
        let response = postToken(Self.refreshBody(clientID: clientID, refreshToken: refreshToken))
        try #require(response.status == 200, "token request answered \(response.status): \(response.bodyText)")
        return try #require(response.json["access_token"]?.stringValue)
    }
}

extension HTTPResponse {
    /// The body parsed as JSON (`null` when it is not JSON).
    var json: JSONValue { (try? JSONValue(parsing: body)) ?? .null }
}

extension JSONValue {
    /// The members of an object (empty for anything else).
    var keys: Set<String> { Set(objectValue?.keys ?? [:].keys) }

    /// The `_embedded` records of a Loket list answer.
    var embedded: [JSONValue] { self["_embedded"]?.arrayValue ?? [] }
}
