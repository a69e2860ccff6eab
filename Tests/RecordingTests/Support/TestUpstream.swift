import Foundation
import MicroHTTP
import Synchronization

/// A small upstream on a free port: answers with a handler and counts the requests it got.
final class TestUpstream: Sendable {
    let server: HTTPServer
    private let received: RequestLog

    /// An upstream answering with `handler`, over HTTPS when `tls` is given.
    init(tls: TLSIdentity? = nil, _ handler: @escaping @Sendable (HTTPRequest) -> HTTPAnswer) throws {
        let received = RequestLog()
        self.received = received
        server = HTTPServer(configuration: .init(port: 0, tls: tls)) { request in
            received.append(request)
            return handler(request)
        }
        try server.start()
    }

    /// An upstream answering every request with JSON naming its method, target and number.
    static func echo() throws -> TestUpstream {
        let count = Mutex(0)
        return try TestUpstream { request in
            let number = count.withLock { value -> Int in
                value += 1
                return value
            }
            let body = #"{"method":"\#(request.method)","target":"\#(request.target)","n":\#(number)}"#
            return .respond(.json(Data(body.utf8)))
        }
    }

    var baseURL: String { server.baseURL }

    /// The requests received so far.
    var requests: [HTTPRequest] { received.all }

    deinit {
        server.stop()
    }
}

/// The requests an upstream received, in order.
private final class RequestLog: Sendable {
    private let requests = Mutex<[HTTPRequest]>([])

    func append(_ request: HTTPRequest) { requests.withLock { $0.append(request) } }

    var all: [HTTPRequest] { requests.withLock { $0 } }
}

/// A deferred answer the test releases when it chooses, and a signal that the request arrived.
final class HeldAnswer: Sendable {
    private let state = Mutex<(complete: (@Sendable (HTTPAnswer) -> Void)?, arrived: CheckedContinuation<Void, Never>?, hasArrived: Bool)>((nil, nil, false))

    /// The answer to return from an upstream handler: it waits until ``release(_:)``.
    var answer: HTTPAnswer {
        .deferred { complete in
            let waiting = self.state.withLock { state -> CheckedContinuation<Void, Never>? in
                state.complete = complete
                state.hasArrived = true
                defer { state.arrived = nil }
                return state.arrived
            }
            waiting?.resume()
        }
    }

    /// Waits until the request reached the upstream.
    func arrived() async {
        await withCheckedContinuation { continuation in
            let already = state.withLock { state -> Bool in
                if state.hasArrived { return true }
                state.arrived = continuation
                return false
            }
            if already { continuation.resume() }
        }
    }

    /// Lets the upstream answer.
    func release(_ answer: HTTPAnswer) {
        let complete = state.withLock { $0.complete }
        complete?(answer)
    }
}

/// gzip with stored (uncompressed) deflate blocks: enough to test that compressed answers pass.
enum Gzip {
    static func stored(_ data: Data) -> Data {
        var output = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF])
        let length = UInt16(data.count)
        output += [0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        output += data
        output += littleEndian(crc32(data)) + littleEndian(UInt32(data.count))
        return output
    }

    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func littleEndian(_ value: UInt32) -> Data {
        Data([UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)])
    }
}
