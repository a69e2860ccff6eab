import CMicroHTTPD
import Foundation
import UnderstudyCore

/// A response in libmicrohttpd's form (a copy of the body and every header the handler may
/// set), queued on any number of connections: libmicrohttpd counts each queueing under the
/// response's own lock and frees the object after the last send. A reusable response keeps one
/// (see ``HTTPResponse/reusable()``); any other response gets one for its single send.
final class ResponseWire: @unchecked Sendable {
    /// Headers libmicrohttpd writes itself; a handler's values for them are not sent.
    private static let managedHeaders = ["Content-Length", "Transfer-Encoding", "Connection", "Date"]

    /// The libmicrohttpd response; `nil` only if libmicrohttpd could not allocate one.
    let pointer: OpaquePointer?

    /// Builds the wire form of `response` (its status is given when it is queued).
    init(_ response: HTTPResponse) {
        pointer = response.body.withUnsafeBytes { bytes in
            MHD_create_response_from_buffer(
                bytes.count, UnsafeMutableRawPointer(mutating: bytes.baseAddress), understudy_mhd_must_copy)
        }
        guard let pointer else { return }
        for field in response.headers where !Self.managedHeaders.contains(where: field.name.caseInsensitiveEquals) {
            _ = MHD_add_response_header(pointer, field.name, field.value)
        }
    }

    deinit {
        if let pointer { MHD_destroy_response(pointer) }
    }

    /// Queues the response on `connection` with `status`.
    func queue(on connection: OpaquePointer, status: Int) -> MHD_Result {
        guard let pointer else { return understudy_mhd_no }
        return MHD_queue_response(connection, UInt32(clamping: status), pointer)
    }
}
