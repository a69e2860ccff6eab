import CMicroHTTPD
import Foundation
import UnderstudyCore
import Synchronization

/// What the server knows about one request while libmicrohttpd calls back for it.
///
/// Created when the request line arrives, released when libmicrohttpd reports the request
/// complete. Only the pool thread serving the connection touches the request fields, one
/// callback at a time, so their accesses cannot overlap and are not checked at run time; the
/// answer slot is shared with whoever completes a deferred answer, so it sits behind a lock.
final class RequestContext: @unchecked Sendable {
    let target: String
    /// Whether the headers have arrived (and ``request`` was made from them).
    @exclusivity(unchecked) var started = false
    /// The request as read so far: the method, target and headers once they arrive, with body
    /// bytes appended as they come; `nil` before, and again once the handler has it. One field,
    /// so that each libmicrohttpd callback touches it once.
    @exclusivity(unchecked) var request: HTTPRequest?
    /// Whether the body went over the server's limit (the rest of it is then read and dropped).
    @exclusivity(unchecked) var tooLarge = false
    let pendingAnswer = Mutex<HTTPAnswer?>(nil)

    init(target: String) {
        self.target = target
    }
}

/// A connection pointer that may cross threads (libmicrohttpd allows resume from any thread).
struct ConnectionHandle: @unchecked Sendable, Hashable {
    let pointer: OpaquePointer
}
