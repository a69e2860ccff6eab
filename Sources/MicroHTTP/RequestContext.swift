import CMicroHTTPD
import Foundation
import UnderstudyCore
import Synchronization

/// What the server knows about one request while libmicrohttpd calls back for it.
///
/// Created when the request line arrives, released when libmicrohttpd reports the request
/// complete. Only the pool thread serving the connection touches the request fields; the
/// answer slot is shared with whoever completes a deferred answer, so it sits behind a lock.
final class RequestContext: @unchecked Sendable {
    let target: String
    /// The request as read so far: `nil` until the headers arrive, then the method, target and
    /// headers, with body bytes appended as they come. One field, so that each libmicrohttpd
    /// callback touches it once.
    var request: HTTPRequest?
    var tooLarge = false
    let pendingAnswer = Mutex<HTTPAnswer?>(nil)

    init(target: String) {
        self.target = target
    }
}

/// A connection pointer that may cross threads (libmicrohttpd allows resume from any thread).
struct ConnectionHandle: @unchecked Sendable, Hashable {
    let pointer: OpaquePointer
}
