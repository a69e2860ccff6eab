import Foundation
import Synchronization
import Testing
import UnderstudyCore
@testable import MicroHTTP

@Suite struct HTTPServerTests {
    private func withServer(
        _ configuration: HTTPServer.Configuration = .init(port: 0),
        handler: @escaping HTTPServer.Handler,
        _ body: (HTTPServer) throws -> Void
    ) throws {
        let server = HTTPServer(configuration: configuration, handler: handler)
        try server.start()
        defer { server.stop() }
        try body(server)
    }

    @Test func bindsPortZeroAndReportsTheBoundPort() throws {
        try withServer(handler: { _ in .respond(.text("ok")) }) { server in
            #expect(server.port > 0)
            #expect(server.baseURL == "http://127.0.0.1:\(server.port)")
        }
    }

    @Test func handsTheHandlerTheWholeRequest() throws {
        let seen = Mutex<HTTPRequest?>(nil)
        try withServer(handler: { request in
            seen.withLock { $0 = request }
            return .respond(.text("ok"))
        }) { server in
            let connection = try RawConnection(port: server.port)
            connection.request("POST", "/a%20b/c?x=1&y=two+words&x=3", headers: ["X-Trace": "abc", "Cookie": "s=1; t=2"], body: Data("hello".utf8))
            guard case .response(let status, _, _) = connection.readResponse() else {
                Issue.record("no response")
                return
            }
            #expect(status == 200)
            let request = try #require(seen.withLock { $0 })
            #expect(request.method == "POST")
            #expect(request.target == "/a%20b/c?x=1&y=two+words&x=3")
            #expect(request.path == "/a b/c")
            #expect(request.queryValues("x") == ["1", "3"])
            #expect(request.queryValues("y") == ["two words"])
            #expect(request.headers["x-trace"] == "abc")
            #expect(request.cookies.map(\.name) == ["s", "t"])
            #expect(request.bodyText == "hello")
        }
    }

    @Test(arguments: ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PROPFIND", "GETS", "PU", "P"])
    func passesTheMethodAsSent(method: String) throws {
        let seen = Mutex<String?>(nil)
        try withServer(handler: { request in
            seen.withLock { $0 = request.method }
            return .respond(.text(""))
        }) { server in
            let connection = try RawConnection(port: server.port)
            connection.request(method, "/m")
            #expect(connection.readResponse().status == 200)
            #expect(seen.withLock { $0 } == method)
        }
    }

    @Test func keepsHeaderFieldsInOrderWithDuplicates() throws {
        let seen = Mutex<[HTTPHeaders.Field]>([])
        try withServer(handler: { request in
            seen.withLock { $0 = request.headers.fields }
            return .respond(.text("ok"))
        }) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("GET /h HTTP/1.1\r\nHost: x\r\nX-A: 1\r\nx-b: two\r\nX-A: 3\r\ncontent-length: 0\r\n\r\n")
            #expect(connection.readResponse().status == 200)
            #expect(seen.withLock { $0 }.map { "\($0.name)=\($0.value)" } == ["Host=x", "X-A=1", "x-b=two", "X-A=3", "content-length=0"])
        }
    }

    @Test func carriesThePeerAddressOnEveryRequestOfAConnection() throws {
        let seen = Mutex<[String?]>([])
        try withServer(handler: { request in
            seen.withLock { $0.append(request.remoteAddress) }
            return .respond(.text("ok"))
        }) { server in
            let other = try RawConnection(port: server.port, from: "127.0.0.2")
            other.request("GET", "/one")
            #expect(other.readResponse().status == 200)
            other.request("GET", "/two")
            #expect(other.readResponse().status == 200)
            let plain = try RawConnection(port: server.port)
            plain.request("GET", "/three")
            #expect(plain.readResponse().status == 200)
        }
        #expect(seen.withLock { $0 } == ["127.0.0.2", "127.0.0.2", "127.0.0.1"])
    }

    @Test func keepsConnectionsAliveAcrossRequests() throws {
        try withServer(handler: { request in .respond(.text(request.path)) }) { server in
            let connection = try RawConnection(port: server.port)
            for index in 0..<5 {
                connection.request(index.isMultiple(of: 2) ? "GET" : "POST", "/r\(index)", body: Data("x".utf8))
                let outcome = connection.readResponse()
                #expect(outcome.status == 200)
                #expect(outcome.body == Data("/r\(index)".utf8))
                #expect(outcome.header("connection")?.lowercased() != "close")
            }
        }
    }

    @Test func acceptsOneMebibyteBodies() throws {
        try withServer(handler: { request in .respond(.text("\(request.body.count)")) }) { server in
            let connection = try RawConnection(port: server.port)
            let body = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0) })
            connection.request("PUT", "/upload", body: body)
            let first = connection.readResponse()
            #expect(first.status == 200)
            #expect(first.body == Data("1048576".utf8))
            connection.request("PUT", "/upload", body: body)
            #expect(connection.readResponse().body == Data("1048576".utf8))
        }
    }

    @Test func refusesBodiesOverTheLimitWith413() throws {
        try withServer(.init(port: 0, maximumBodySize: 1000), handler: { _ in .respond(.text("ok")) }) { server in
            let declared = try RawConnection(port: server.port)
            declared.request("POST", "/big", body: Data(count: 1001))
            #expect(declared.readResponse().status == 413)

            let chunked = try RawConnection(port: server.port)
            var wire = "POST /big HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            for _ in 0..<3 { wire += "200\r\n" + String(repeating: "a", count: 512) + "\r\n" }
            wire += "0\r\n\r\n"
            chunked.send(wire)
            #expect(chunked.readResponse().status == 413)
        }
    }

    @Test func answersDeferredAnswersAfterResuming() throws {
        let clock = ManualClock()
        try withServer(handler: { request in
            if request.path == "/now" { return .deferred { complete in complete(.respond(.text("at once"))) } }
            return .deferred { complete in
                clock.schedule(after: .seconds(5)) { complete(.respond(.text("later"))) }
            }
        }) { server in
            let immediate = try RawConnection(port: server.port)
            immediate.request("GET", "/now")
            #expect(immediate.readResponse().body == Data("at once".utf8))

            let delayed = try RawConnection(port: server.port)
            delayed.request("GET", "/slow")
            while clock.pendingCount == 0 { sched_yield() }
            let other = try RawConnection(port: server.port)
            other.request("GET", "/now")
            #expect(other.readResponse().body == Data("at once".utf8), "a waiting answer must not block others")
            clock.advance(by: .seconds(5))
            #expect(delayed.readResponse().body == Data("later".utf8))
        }
    }

    @Test func aCompletionCalledAgainDoesNotAnswerTheNextRequestOnTheConnection() throws {
        let completions = Mutex<[String: @Sendable (HTTPAnswer) -> Void]>([:])
        let secondWaits = DispatchSemaphore(value: 0)
        try withServer(handler: { request in
            let path = request.path
            return .deferred { complete in
                completions.withLock { $0[path] = complete }
                if path == "/first" { complete(.respond(.text("first"))) } else { secondWaits.signal() }
            }
        }) { server in
            let connection = try RawConnection(port: server.port)
            connection.request("GET", "/first")
            #expect(connection.readResponse().body == Data("first".utf8))
            connection.request("GET", "/second")
            secondWaits.wait()
            // The first request's completion again: its request is answered, so this goes nowhere.
            completions.withLock { $0["/first"] }?(.respond(.text("stale")))
            completions.withLock { $0["/second"] }?(.respond(.text("second")))
            #expect(connection.readResponse().body == Data("second".utf8))
        }
    }

    @Test func stopEndsWaitingAnswersWith503() throws {
        let suspended = DispatchSemaphore(value: 0)
        let server = HTTPServer(configuration: .init(port: 0)) { _ in .deferred { _ in suspended.signal() } }
        try server.start()
        let connection = try RawConnection(port: server.port)
        connection.request("GET", "/never")
        suspended.wait()
        server.stop()
        let outcome = connection.readResponse()
        #expect(outcome.status == 503 || outcome == .closedWithoutResponse)
        #expect(server.port == 0)
    }

    @Test func reportsAPortInUse() throws {
        try withServer(handler: { _ in .respond(.text("ok")) }) { server in
            let second = HTTPServer(configuration: .init(port: server.port)) { _ in .respond(.text("no")) }
            #expect(throws: HTTPServerError.cannotListen(host: "127.0.0.1", port: server.port)) { try second.start() }
        }
    }

    @Test func rejectsAHostThatIsNotAnAddress() {
        let server = HTTPServer(configuration: .init(host: "example.invalid", port: 0)) { _ in .respond(.text("ok")) }
        #expect(throws: HTTPServerError.invalidHost("example.invalid")) { try server.start() }
    }

    @Test func servesFiveHundredConcurrentConnections() async throws {
        let server = HTTPServer(configuration: .init(port: 0)) { request in .respond(.text(request.path)) }
        try server.start()
        defer { server.stop() }
        let port = server.port
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<500 {
                group.addTask {
                    guard let connection = try? RawConnection(port: port) else { return false }
                    connection.request("GET", "/c\(index)")
                    return connection.readResponse().body == Data("/c\(index)".utf8)
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 500)
        #expect(results.allSatisfy { $0 })
    }
}

extension RawConnection.Outcome {
    var status: Int? {
        if case .response(let status, _, _) = self { return status }
        return nil
    }

    var body: Data? {
        if case .response(_, _, let body) = self { return body }
        return nil
    }

    func header(_ name: String) -> String? {
        if case .response(_, let headers, _) = self { return headers[name] }
        return nil
    }
}
