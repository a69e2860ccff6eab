import Foundation
import UnderstudyCore

/// A complete HTTP response as a value.
///
/// The fields live in one copy-on-write storage, so that passing a response around (into an
/// answer, into the journal) copies one reference, whatever the size of its headers and body.
public struct HTTPResponse: Sendable, Hashable {
    /// The fields. Never changed once shared: every setter copies first unless this value
    /// holds the only reference. So no write can overlap another access, and accesses are not
    /// checked at run time (each answer reads several of them).
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var status: Int
        @exclusivity(unchecked) var headers: HTTPHeaders
        @exclusivity(unchecked) var body: Data
        /// The server's ready-built form of the fields above, when ``reusable()`` made one.
        @exclusivity(unchecked) var wire: ResponseWire?

        init(status: Int, headers: HTTPHeaders, body: Data, wire: ResponseWire?) {
            self.status = status
            self.headers = headers
            self.body = body
            self.wire = wire
        }
    }

    private var storage: Storage

    /// The status code.
    public var status: Int {
        get { storage.status }
        set { writableStorage().status = newValue }
        _modify {
            let storage = writableStorage()
            yield &storage.status
        }
    }

    /// The response headers. `Content-Length` is set by the server.
    public var headers: HTTPHeaders {
        get { storage.headers }
        set { writableStorage().headers = newValue }
        _modify {
            let storage = writableStorage()
            yield &storage.headers
        }
    }

    /// The body bytes.
    public var body: Data {
        get { storage.body }
        set { writableStorage().body = newValue }
        _modify {
            let storage = writableStorage()
            yield &storage.body
        }
    }

    /// Creates a response.
    public init(status: Int = 200, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        storage = Storage(status: status, headers: headers, body: body, wire: nil)
    }

    /// The storage, copied first unless this value holds the only reference, with its wire form
    /// dropped because the caller is about to change a field.
    private mutating func writableStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(status: storage.status, headers: storage.headers, body: storage.body, wire: nil)
        }
        storage.wire = nil
        return storage
    }

    /// A response with a UTF-8 text body and a `Content-Type` header.
    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8") -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: Data(text.utf8))
    }

    /// A response with a JSON body already encoded as bytes.
    public static func json(_ body: Data, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: body)
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// This response with its wire form (headers and body as libmicrohttpd sends them) built
    /// once, for a response served many times unchanged: each send then queues the same
    /// bytes instead of copying them again. The result has a storage of its own. Changing a
    /// copy drops its wire form; the response's value is the same either way.
    public func reusable() -> HTTPResponse {
        let copy = HTTPResponse(status: status, headers: headers, body: body)
        copy.storage.wire = ResponseWire(self)
        return copy
    }

    /// Whether a wire form is attached (see ``reusable()``).
    public var isReusable: Bool { storage.wire != nil }

    /// The wire form, if ``reusable()`` built one.
    var wire: ResponseWire? { storage.wire }

    public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.status == rhs.status && lhs.headers == rhs.headers && lhs.body == rhs.body)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(status)
        hasher.combine(headers)
        hasher.combine(body)
    }
}
