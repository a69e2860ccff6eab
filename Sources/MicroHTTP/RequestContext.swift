import CMicroHTTPD
import UnderstudyCore

/// What the server knows about one request while libmicrohttpd calls back for it.
///
/// Created when the request line arrives, released when libmicrohttpd reports the request
/// complete. Only the pool thread serving the connection touches the request fields, one
/// callback at a time, so their accesses cannot overlap and are not checked at run time. A
/// deferred answer is the one thing another thread writes: it goes into ``pendingAnswer``
/// under the server's suspension lock, before the connection is resumed.
final class RequestContext: @unchecked Sendable {
    /// The request target as sent (path and query).
    let target: String
    /// Whether the headers have arrived (and ``request`` was made from them).
    @exclusivity(unchecked) var started = false
    /// The request as read so far: the method, target and headers once they arrive, with body
    /// bytes appended as they come; `nil` before, and again once the handler has it. One field,
    /// so that each libmicrohttpd callback touches it once.
    @exclusivity(unchecked) var request: HTTPRequest?
    /// Whether the body went over the server's limit (the rest of it is then read and dropped).
    @exclusivity(unchecked) var tooLarge = false
    /// Whether the connection was suspended to wait for a deferred answer.
    @exclusivity(unchecked) var suspended = false
    /// The deferred answer once it is ready. Read and written only under the server's
    /// suspension lock.
    var pendingAnswer: HTTPAnswer?

    init(target: String) {
        self.target = target
    }
}

/// A connection pointer that may cross threads (libmicrohttpd allows resume from any thread).
struct ConnectionHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}
