import Foundation
import MicroHTTP
import Synchronization

/// An in-process HTTP server on a free port that records every request and answers each with
/// `answer(request, index)`, where `index` counts requests from 0.
final class TestServer: Sendable {
    private final class RequestLog: Sendable {
        let requests = Mutex<[HTTPRequest]>([])

        func append(_ request: HTTPRequest) -> Int {
            requests.withLock { requests in
                requests.append(request)
                return requests.count - 1
            }
        }
    }

    private let server: HTTPServer
    private let log = RequestLog()

    init(answer: @escaping @Sendable (HTTPRequest, Int) -> HTTPAnswer) throws {
        let log = log
        server = HTTPServer(configuration: .init(port: 0)) { request in
            answer(request, log.append(request))
        }
        try server.start()
    }

    convenience init(_ respond: @escaping @Sendable (HTTPRequest, Int) -> HTTPResponse) throws {
        try self.init(answer: { request, index in .respond(respond(request, index)) })
    }

    /// The server's base URL.
    var baseURL: URL { URL(string: server.baseURL)! }

    /// Every request received so far.
    var requests: [HTTPRequest] { log.requests.withLock { $0 } }

    func stop() {
        server.stop()
    }
}

extension HTTPResponse {
    /// A JSON response from JSON text.
    static func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
        var response = HTTPResponse.json(Data(text.utf8), status: status)
        for (name, value) in headers { response.headers.add(name: name, value: value) }
        return response
    }
}
