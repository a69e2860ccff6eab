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
    var method = ""
    var headers = HTTPHeaders()
    var body = Data()
    var headersSeen = false
    var tooLarge = false
    let pendingAnswer = Mutex<HTTPAnswer?>(nil)

    init(target: String) {
        self.target = target
    }

    func request() -> HTTPRequest {
        HTTPRequest(method: method, target: target, headers: headers, body: body)
    }
}

/// A connection pointer that may cross threads (libmicrohttpd allows resume from any thread).
struct ConnectionHandle: @unchecked Sendable, Hashable {
    let pointer: OpaquePointer
}
