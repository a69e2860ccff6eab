import CCurl
import Foundation

/// The upstream client's driver: one libcurl multi handle and the transfers on it, run by
/// ``run()`` on the client's own thread. It starts what the inbox delivers, lets libcurl move
/// every transfer on, calls completions as transfers finish, and sleeps in `curl_multi_poll`
/// until a socket, a libcurl timer or the inbox wakes it. When the client closes, every
/// transfer still under way (or still waiting) completes with ``UpstreamFailure/cancelled``.
final class CurlMultiLoop {
    /// How long the driver sleeps at most when nothing wakes it.
    private static let idleMilliseconds: Int32 = 10_000

    private let multi: UnsafeMutableRawPointer
    private let inbox: UpstreamInbox
    private let timeout: TimeInterval
    private let certificateAuthorities: String?
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    /// A loop over `multi`, fed by `inbox`, whose transfers give up after `timeout` seconds and
    /// trust the certificate authorities in the PEM file `certificateAuthorities` (else the system's).
    init(multi: UnsafeMutableRawPointer, inbox: UpstreamInbox, timeout: TimeInterval, certificateAuthorities: String?) {
        self.multi = multi
        self.inbox = inbox
        self.timeout = timeout
        self.certificateAuthorities = certificateAuthorities
    }

    /// Runs until the client closes, then releases the multi handle.
    func run() {
        while true {
            let (deliveries, isClosed) = inbox.take()
            if isClosed {
                cancel(deliveries)
                curl_multi_cleanup(multi)
                return
            }
            deliveries.forEach(start)
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            finishDone()
            curl_multi_poll(multi, nil, 0, Self.idleMilliseconds, nil)
        }
    }

    private func start(_ delivery: UpstreamInbox.Delivery) {
        do throws(UpstreamFailure) {
            let transfer = try CurlTransfer(
                delivery.request, timeout: timeout, certificateAuthorities: certificateAuthorities, completion: delivery.completion)
            guard curl_multi_add_handle(multi, transfer.handle) == CURLM_OK else {
                throw UpstreamFailure(reason: "libcurl refused the transfer")
            }
            active[transfer.handle] = transfer
        } catch {
            delivery.completion(.failure(error))
        }
    }

    /// Completes the transfers libcurl reports done.
    private func finishDone() {
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle else { continue }
            let code = understudy_curl_message_result(message)
            guard let transfer = active.removeValue(forKey: handle) else { continue }
            curl_multi_remove_handle(multi, handle)
            transfer.completion(transfer.result(code))
        }
    }

    private func cancel(_ deliveries: [UpstreamInbox.Delivery]) {
        for delivery in deliveries { delivery.completion(.failure(.cancelled)) }
        for transfer in active.values {
            curl_multi_remove_handle(multi, transfer.handle)
            transfer.completion(.failure(.cancelled))
        }
        active.removeAll()
    }
}
