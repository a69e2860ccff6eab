import Foundation
import UnderstudyCore

/// The body of a connector request and the `Content-Type` it is sent with.
public enum ConnectorRequestBody: Sendable {
    /// JSON (`application/json`), written with sorted keys.
    case json(JSONValue)
    /// A form (`application/x-www-form-urlencoded`), names and values percent-encoded.
    case form([(name: String, value: String)])
    /// A form written as `text/plain` with names and values joined **without** encoding
    /// (`a=1&b=2`), as Loket's token request sends it.
    case textForm([(name: String, value: String)])
    /// Bytes sent as they are, with the given content type.
    case data(Data, contentType: String)

    /// A JSON body encoded from an `Encodable` value.
    public static func encoding<T: Encodable>(_ value: T) throws -> ConnectorRequestBody {
        .data(try JSONEncoder().encode(value), contentType: "application/json")
    }

    /// The `Content-Type` header value.
    public var contentType: String {
        switch self {
        case .json: return "application/json"
        case .form: return "application/x-www-form-urlencoded"
        case .textForm: return "text/plain"
        case .data(_, let contentType): return contentType
        }
    }

    /// The bytes sent.
    public var data: Data {
        switch self {
        case .json(let value):
            return value.serializedData()
        case .form(let fields):
            let text = fields.map { PercentEncoding.formComponent($0.name) + "=" + PercentEncoding.formComponent($0.value) }
            return Data(text.joined(separator: "&").utf8)
        case .textForm(let fields):
            return Data(fields.map { $0.name + "=" + $0.value }.joined(separator: "&").utf8)
        case .data(let data, _):
            return data
        }
    }

    /// The values of members and fields whose names mark them as secret (passwords, tokens,
    /// client secrets, keys), which must never appear in a message.
    var secrets: [String] {
        switch self {
        case .json(let value): return Self.secrets(in: value)
        case .form(let fields), .textForm(let fields):
            return fields.filter { SecretRedaction.isSecretName($0.name) }.map(\.value)
        case .data: return []
        }
    }

    private static func secrets(in value: JSONValue, named name: String? = nil) -> [String] {
        switch value {
        case .object(let members):
            return members.flatMap { secrets(in: $0.value, named: $0.key) }
        case .array(let items):
            return items.flatMap { secrets(in: $0, named: name) }
        case .string, .integer, .double:
            return name.map(SecretRedaction.isSecretName) == true ? [value.plainText] : []
        case .null, .bool:
            return []
        }
    }
}
