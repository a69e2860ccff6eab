import CMicroHTTPD
import Foundation
import UnderstudyCore

#if canImport(Glibc)
import Glibc
#endif

/// Turns answers into libmicrohttpd responses, and carries out faults at the socket.
enum ResponseWriter {
    /// Queues `response`: its wire form when it has one (see ``HTTPResponse/reusable()``),
    /// else one built for this send only (libmicrohttpd keeps it until it is sent).
    static func send(_ response: HTTPResponse, on connection: OpaquePointer) -> MHD_Result {
        (response.wire ?? ResponseWire(response)).queue(on: connection, status: response.status)
    }

    static func `break`(_ connection: OpaquePointer, with fault: HTTPFault) -> MHD_Result {
        switch fault {
        case .emptyResponse:
            return understudy_mhd_no
        case .connectionResetByPeer:
            let socket = understudy_mhd_connection_fd(connection)
            if socket >= 0 { _ = understudy_reset_socket(socket) }
            return understudy_mhd_no
        case .randomDataThenClose:
            let socket = understudy_mhd_connection_fd(connection)
            if socket >= 0 {
                var garbage = [UInt8](repeating: 0, count: 64)
                for index in garbage.indices { garbage[index] = UInt8.random(in: 0...255) }
                garbage[0] = 0xFF
                _ = garbage.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            }
            return understudy_mhd_no
        case .malformedResponseChunk:
            return sendMalformedChunk(on: connection)
        }
    }

    /// Starts a chunked 200 response, writes part of one chunk, then aborts the stream.
    private static func sendMalformedChunk(on connection: OpaquePointer) -> MHD_Result {
        let reader: MHD_ContentReaderCallback = { _, position, buffer, capacity in
            guard position == 0, let buffer else { return understudy_mhd_reader_error }
            let partial = Array("lorem ipsum dolor sit amet".utf8)
            let count = min(partial.count, capacity)
            partial.withUnsafeBytes { UnsafeMutableRawPointer(buffer).copyMemory(from: $0.baseAddress!, byteCount: count) }
            return count
        }
        guard let response = MHD_create_response_from_callback(understudy_mhd_size_unknown, 1024, reader, nil, nil) else {
            return understudy_mhd_no
        }
        _ = MHD_add_response_header(response, "Content-Type", "text/plain")
        let result = MHD_queue_response(connection, 200, response)
        MHD_destroy_response(response)
        return result
    }
}
