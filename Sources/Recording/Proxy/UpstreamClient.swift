import CCurl
import Foundation

/// Sends forwarded requests upstream with libcurl's multi interface, on one thread of its own:
/// requests go out as they are (the client's `Accept-Encoding` included) and answers come back
/// as they came (bodies still encoded, headers in order with duplicates, redirects not
/// followed, no cookies). Completions run on that thread, never on a server thread.
final class UpstreamClient: Sendable {
    private let inbox: UpstreamInbox
    private let thread: DriverThread

    /// A client whose requests give up after `timeout` seconds and, over HTTPS, trust the
    /// certificate authorities in the PEM file `certificateAuthorities` instead of the system's.
    init(timeout: TimeInterval, certificateAuthorities: String? = nil) {
        _ = Self.libcurlReady
        guard let multi = curl_multi_init() else { fatalError("libcurl cannot create a multi handle (out of memory)") }
        let inbox = UpstreamInbox(multi: multi)
        let loop = CurlMultiLoop(multi: multi, inbox: inbox, timeout: timeout, certificateAuthorities: certificateAuthorities)
        self.inbox = inbox
        thread = DriverThread { loop.run() }
    }

    deinit {
        close()
    }

    /// Sends `request` and calls `completion` once with the answer or the failure (at once with
    /// ``UpstreamFailure/cancelled`` when the client is closed).
    func send(_ request: UpstreamRequest, completion: @escaping @Sendable (Result<UpstreamAnswer, UpstreamFailure>) -> Void) {
        if !inbox.post(.init(request: request, completion: completion)) { completion(.failure(.cancelled)) }
    }

    /// Cancels what is under way (each waiting completion gets ``UpstreamFailure/cancelled``) and
    /// waits for the thread to end (unless called from a completion, on that thread).
    func close() {
        guard inbox.close(), !thread.isCurrent else { return }
        thread.join()
    }

    /// libcurl's global set-up, done once before the first handle.
    private static let libcurlReady: Void = {
        let code = curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        precondition(code == CURLE_OK, "libcurl cannot start: \(String(cString: curl_easy_strerror(code)))")
    }()
}
