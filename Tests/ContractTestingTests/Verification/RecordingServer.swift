import Foundation
import MicroHTTP
import Synchronization

/// An in-process HTTP server on port 0 that records every request and answers with `answer`.
final class RecordingServer: Sendable {
    let http: HTTPServer
    private let log: RequestLog

    init(answer: @escaping @Sendable (HTTPRequest) -> HTTPResponse) throws {
        let log = RequestLog()
        self.log = log
        http = HTTPServer(configuration: .init(port: 0, threadCount: 1)) { request in
            log.received.withLock { $0.append(request) }
            return .respond(answer(request))
        }
        try http.start()
    }

    deinit {
        http.stop()
    }

    /// The base URL, for example `http://127.0.0.1:40000`.
    var url: URL { URL(string: http.baseURL)! }

    /// The requests received so far, in order.
    var requests: [HTTPRequest] { log.received.withLock { $0 } }
}

/// The requests a recording server received.
private final class RequestLog: Sendable {
    let received = Mutex<[HTTPRequest]>([])
}
