/// An HTTP request method.
public enum ConnectorMethod: String, Sendable, Hashable, CaseIterable {
    /// `GET`
    case get = "GET"
    /// `HEAD`
    case head = "HEAD"
    /// `POST`
    case post = "POST"
    /// `PUT`
    case put = "PUT"
    /// `PATCH`
    case patch = "PATCH"
    /// `DELETE`
    case delete = "DELETE"
    /// `OPTIONS`
    case options = "OPTIONS"

    /// Whether sending the request twice has the effect of sending it once (RFC 9110 §9.2.2),
    /// so it may be retried: every method but `POST` and `PATCH`.
    public var isIdempotent: Bool {
        self != .post && self != .patch
    }

    /// Whether the method changes the vendor's data: `POST`, `PUT`, `PATCH` and `DELETE`.
    public var isWrite: Bool {
        switch self {
        case .post, .put, .patch, .delete: return true
        case .get, .head, .options: return false
        }
    }
}
