import EmulatorCore
import Foundation
import MicroHTTP
import Synchronization
import UnderstudyCore

/// A tiny test-only vendor ("notes"): a client-credentials token route and an accounts API.
final class NotesEmulator: VendorEmulator {
    let vendor = "notes"
    let defaultPort = 0
    private let accounts = Mutex<[String: JSONValue]>([:])
    private let nextID = Mutex(100)

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let segments = request.path.split(separator: "/").map(String.init)
        if request.method == "POST", segments == ["oauth", "token"] {
            let form = Dictionary(request.formParameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard form["client_secret"] == "s3cret" else { return .json(Data(#"{"message":"bad client"}"#.utf8), status: 401) }
            return .json(Data(#"{"access_token":"tok-\#(UUID().uuidString)","expires_in":3600}"#.utf8))
        }
        guard request.headers["Authorization"]?.hasPrefix("Bearer tok-") == true else {
            return .json(Data(#"{"message":"no token"}"#.utf8), status: 401)
        }
        switch (request.method, segments.count, segments.first) {
        case ("POST", 1, "accounts"):
            let id = nextID.withLock { id in defer { id += 1 }; return String(id) }
            var account = (try? JSONValue(parsing: request.body))?.objectValue ?? [:]
            account["id"] = .string(id)
            account["enabled"] = false
            accounts.withLock { $0[id] = .object(account) }
            return .json(JSONValue.object(account).serializedData(), status: 201)
        case ("GET", 2, "accounts"):
            guard let account = accounts.withLock({ $0[segments[1]] }) else { return notFound }
            return .json(account.serializedData())
        case ("PUT", 2, "accounts"):
            guard var account = accounts.withLock({ $0[segments[1]] })?.objectValue else { return notFound }
            for (key, value) in (try? JSONValue(parsing: request.body))?.objectValue ?? [:] where key != "id" { account[key] = value }
            accounts.withLock { $0[segments[1]] = .object(account) }
            return .json(JSONValue.object(account).serializedData())
        case ("DELETE", 2, "accounts"):
            return accounts.withLock { $0.removeValue(forKey: segments[1]) } == nil ? notFound : HTTPResponse(status: 204)
        default:
            return notFound
        }
    }

    private var notFound: HTTPResponse { .json(Data(#"{"message":"not found"}"#.utf8), status: 404) }

    func reset() { accounts.withLock { $0.removeAll() } }

    func control(_ request: HTTPRequest, path: String) -> HTTPResponse? { nil }

    func applyProviderState(name: String, params: [String: JSONValue], action: ProviderStateAction) throws -> [String: JSONValue] { [:] }
}
