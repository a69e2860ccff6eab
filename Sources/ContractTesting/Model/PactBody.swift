import Foundation
import UnderstudyCore

/// The body of an expected request or response.
public struct PactBody: Sendable, Equatable {
    /// What the body holds.
    public enum Content: Sendable, Equatable {
        /// The body must be empty.
        case empty
        /// A JSON document (`null` counts as an empty body when matching).
        case json(JSONValue)
        /// Text, such as XML, form fields or plain text.
        case text(String)
        /// Raw bytes (stored base64-encoded in V4 files).
        case bytes(Data)
    }

    /// The content type, for example `application/json`, when known.
    public var contentType: String?
    /// The content.
    public var content: Content

    /// Creates a body.
    public init(contentType: String? = nil, content: Content) {
        self.contentType = contentType
        self.content = content
    }

    /// A JSON body.
    public static func json(_ value: JSONValue, contentType: String = "application/json") -> PactBody {
        PactBody(contentType: contentType, content: .json(value))
    }

    /// A text body.
    public static func text(_ text: String, contentType: String = "text/plain") -> PactBody {
        PactBody(contentType: contentType, content: .text(text))
    }

    /// The bytes as they would travel on the wire.
    public var data: Data {
        switch content {
        case .empty: return Data()
        case .json(let value): return value.serializedData()
        case .text(let text): return Data(text.utf8)
        case .bytes(let bytes): return bytes
        }
    }

    /// Whether the body stands for "no content": empty, or the JSON document `null`.
    var isEmptyForMatching: Bool {
        switch content {
        case .empty: return true
        case .json(let value): return value == .null
        case .text(let text): return text.isEmpty
        case .bytes(let bytes): return bytes.isEmpty
        }
    }
}
