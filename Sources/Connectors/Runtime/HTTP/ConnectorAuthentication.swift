import Foundation
import UnderstudyCore

/// How a request proves who sends it.
public enum ConnectorAuthentication: Sendable, Hashable {
    /// No credentials.
    case none
    /// `Authorization: Bearer <token>`.
    case bearer(String)
    /// `Authorization: Basic <base64(username:password)>`.
    case basic(username: String, password: String)
    /// A vendor-specific header, for example `X-Api-Key: <key>`.
    case header(name: String, value: String)

    /// The header field that carries the credentials.
    var field: ConnectorHeaders.Field? {
        switch self {
        case .none:
            return nil
        case .bearer(let token):
            return .init(name: "Authorization", value: "Bearer \(token)")
        case .basic(let username, let password):
            return .init(name: "Authorization", value: "Basic \(Self.basicCredentials(username, password))")
        case .header(let name, let value):
            return .init(name: name, value: value)
        }
    }

    /// The values that must never appear in a message.
    var secrets: [String] {
        switch self {
        case .none: return []
        case .bearer(let token): return [token]
        case .basic(let username, let password): return [password, Self.basicCredentials(username, password)]
        case .header(_, let value): return [value]
        }
    }

    private static func basicCredentials(_ username: String, _ password: String) -> String {
        Data("\(username):\(password)".utf8).base64EncodedString()
    }
}
