import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP client for tests that need to see the wire: keep-alive, faults, partial bodies.
final class RawConnection {
    /// What reading a response produced.
    enum Outcome: Equatable {
        case response(status: Int, headers: [String: String], body: Data)
        case closedWithoutResponse
        case reset
        case garbage(Data)
        case truncated(Data)
    }

    private let socket: Int32
    private var buffer = Data()

    /// Connects to `host:port`, from the local address `source` when one is given (any address of
    /// 127.0.0.0/8 is the loopback on Linux, so a test can tell one client from another).
    init(port: Int, host: String = "127.0.0.1", from source: String? = nil) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var result: Int32 = 0
        if let source {
            var local = Self.address(source, port: 0)
            result = withUnsafePointer(to: &local) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        if result == 0 {
            var address = Self.address(host, port: port)
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard result == 0 else {
            close(socket)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    deinit { close(socket) }

    private static func address(_ host: String, port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        return address
    }

    func send(_ text: String) {
        send(Data(text.utf8))
    }

    func send(_ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = Glibc.send(socket, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }

    /// Sends a request with `Content-Length` framing.
    func request(_ method: String, _ target: String, headers: [String: String] = [:], body: Data = Data()) {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        send(Data((head + "\r\n").utf8) + body)
    }

    /// Reads one response (Content-Length or chunked framing) or reports how the connection ended.
    func readResponse() -> Outcome {
        while true {
            if let headEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let head = String(decoding: buffer[buffer.startIndex..<headEnd.lowerBound], as: UTF8.self)
                guard head.hasPrefix("HTTP/1.") else { return .garbage(buffer) }
                return readBody(head: head, bodyStart: headEnd.upperBound)
            }
            switch fill() {
            case .data: continue
            case .closed: return buffer.isEmpty ? .closedWithoutResponse : .garbage(buffer)
            case .reset: return .reset
            }
        }
    }

    private func readBody(head: String, bodyStart: Data.Index) -> Outcome {
        let lines = head.components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if let length = headers["content-length"].flatMap(Int.init) {
            while buffer.distance(from: bodyStart, to: buffer.endIndex) < length {
                switch fill() {
                case .data: continue
                case .closed, .reset: return .truncated(Data(buffer[bodyStart...]))
                }
            }
            let body = Data(buffer[bodyStart..<buffer.index(bodyStart, offsetBy: length)])
            buffer = Data(buffer[buffer.index(bodyStart, offsetBy: length)...])
            return .response(status: status, headers: headers, body: body)
        }
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            while Data(buffer[bodyStart...]).range(of: Data("0\r\n\r\n".utf8)) == nil {
                switch fill() {
                case .data: continue
                case .closed, .reset: return .truncated(Data(buffer[bodyStart...]))
                }
            }
            let body = Data(buffer[bodyStart...])
            buffer = Data()
            return .response(status: status, headers: headers, body: body)
        }
        buffer = Data(buffer[bodyStart...])
        return .response(status: status, headers: headers, body: Data())
    }

    private enum Fill { case data, closed, reset }

    private func fill() -> Fill {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(socket, &chunk, chunk.count, 0)
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
            return .data
        }
        if count < 0 && errno == ECONNRESET { return .reset }
        return .closed
    }
}
