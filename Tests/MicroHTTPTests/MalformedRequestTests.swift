import Foundation
import Synchronization
import Testing
import UnderstudyCore
@testable import MicroHTTP

/// Whatever a client sends, the server answers or closes that one connection, and goes on
/// serving everyone else.
@Suite struct MalformedRequestTests {
    private static let malformed: [(name: String, bytes: Data)] = [
        ("binary garbage", Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })),
        ("request line without version", Data("GET /x\r\n\r\n".utf8)),
        ("unknown version", Data("GET /x HTTP/9.9\r\nHost: h\r\n\r\n".utf8)),
        ("broken percent-escapes", Data("GET /a%zz%/b%?q=%E0%A4%&%%=1 HTTP/1.1\r\nHost: h\r\n\r\n".utf8)),
        ("bytes that are not UTF-8", Data("GET /caf".utf8) + Data([0xE9, 0xFF]) + Data(" HTTP/1.1\r\nHost: h\r\nX-Bin: ".utf8) + Data([0xC3, 0x28]) + Data("\r\n\r\n".utf8)),
        ("a 100 KiB header", Data("GET /x HTTP/1.1\r\nHost: h\r\nX-Big: \(String(repeating: "a", count: 100 * 1024))\r\n\r\n".utf8)),
        ("a Content-Length that is not a number", Data("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\nbody".utf8)),
        ("a chunk size that is not hex", Data("POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nbody\r\n0\r\n\r\n".utf8)),
        ("a form and cookies out of shape", Data("POST /x HTTP/1.1\r\nHost: h\r\nCookie: ;;=;a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n\r\n=&&a=%&%zz=".utf8)),
        ("headers only, then silence", Data("GET /x HTTP/1.1\r\nHost: h\r\n".utf8)),
    ]

    @Test(arguments: malformed.map(\.name))
    func answersOrClosesAndKeepsServing(_ name: String) throws {
        let bytes = try #require(Self.malformed.first { $0.name == name }?.bytes)
        let handled = Mutex(0)
        let server = HTTPServer(configuration: .init(port: 0, connectionTimeout: 1)) { request in
            // Every accessor a handler may use must cope with what arrived.
            _ = (request.path, request.rawQuery, request.queryItems, request.cookies, request.formParameters, request.bodyText)
            _ = request.headers.map { "\($0.name)=\($0.value)" }
            handled.withLock { $0 += 1 }
            return .respond(.text("fine"))
        }
        try server.start()
        defer { server.stop() }

        let hostile = try RawConnection(port: server.port)
        hostile.send(bytes)
        if name != "headers only, then silence" {
            switch hostile.readResponse() {
            case .response(let status, _, _): #expect(status == 200 || (400..<500).contains(status) || status == 505, "\(name): \(status)")
            case .closedWithoutResponse, .reset, .garbage, .truncated: break
            }
        }

        let polite = try RawConnection(port: server.port)
        polite.request("GET", "/after")
        guard case .response(let status, _, let body) = polite.readResponse() else {
            Issue.record("the server stopped answering after \(name)")
            return
        }
        #expect(status == 200)
        #expect(String(decoding: body, as: UTF8.self) == "fine")
        #expect(handled.withLock { $0 } >= 1)
    }
}
