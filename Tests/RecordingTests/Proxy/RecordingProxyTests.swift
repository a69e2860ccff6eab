import Foundation
import UnderstudyCore
import MicroHTTP
import Testing
@testable import Recording

@Suite struct RecordingProxyTests {
    @Test func answersPassBackAsTheUpstreamGaveThemAndTheExchangeIsRecorded() async throws {
        let upstream = try TestUpstream { request in
            switch request.path {
            case "/moved":
                return .respond(HTTPResponse(status: 302, headers: ["Location": "/elsewhere"]))
            case "/gzip":
                return .respond(HTTPResponse(
                    status: 200, headers: ["Content-Type": "application/json", "Content-Encoding": "gzip"],
                    body: Gzip.stored(Data(#"{"zipped":true}"#.utf8))))
            case "/cookies":
                var headers: HTTPHeaders = ["X-Custom": "kept"]
                headers.add(name: "Set-Cookie", value: "a=1; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT")
                headers.add(name: "Link", value: "</a>; rel=first")
                headers.add(name: "Set-Cookie", value: "b=2; Path=/")
                headers.add(name: "Link", value: "</b>; rel=last")
                headers.add(name: "A-Last", value: "1")
                return .respond(HTTPResponse(status: 418, headers: headers, body: Data("teapot".utf8)))
            default:
                let echo = "\(request.method) \(request.target) \(request.headers["Content-Type"] ?? "-") \(request.bodyText)"
                return .respond(.text(echo, status: 201))
            }
        }
        let folder = try TemporaryFolder()
        let har = folder.file("pass.har")
        let recorder = try Proxies.recorder(upstream.baseURL, file: har)
        defer { recorder.stop() }

        let moved = try await TestClient.get(recorder.baseURL + "/moved")
        #expect(moved.status == 302)
        #expect(moved.headers["Location"] == "/elsewhere")
        #expect(upstream.requests.map(\.path) == ["/moved"])

        let zipped = try await TestClient.get(recorder.baseURL + "/gzip", headers: ["Accept-Encoding": "gzip"])
        #expect(zipped.body == Gzip.stored(Data(#"{"zipped":true}"#.utf8)))
        #expect(zipped.headers["Content-Encoding"] == "gzip")

        let cookies = try await TestClient.get(recorder.baseURL + "/cookies")
        #expect(cookies.status == 418)
        #expect(cookies.text == "teapot")
        #expect(cookies.headers["X-Custom"] == "kept")
        #expect(cookies.headers.values(for: "Set-Cookie") == ["a=1; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT", "b=2; Path=/"])
        let sent = ["X-Custom", "Set-Cookie", "Link", "Set-Cookie", "Link", "A-Last"]
        #expect(cookies.headers.fields.map(\.name).filter(sent.contains) == sent)

        let posted = try await TestClient.send(
            "POST", recorder.baseURL + "/items?x=a%20b", headers: ["Content-Type": "application/json"], body: #"{"n":1}"#)
        #expect(posted.status == 201)
        #expect(posted.text == #"POST /items?x=a%20b application/json {"n":1}"#)

        let log = try HARDocument(contentsOf: har).log
        #expect(log.entries.count == 4)
        #expect(log.entries[0].response.redirectURL == "/elsewhere")
        #expect(log.entries[1].response.content.text == #"{"zipped":true}"#)
        #expect(log.entries[2].response.cookies.map(\.name) == ["a", "b"])
        #expect(log.entries[2].response.headers.map(\.name).filter(sent.contains) == sent)
        #expect(log.entries[2].response.headers.filter { $0.name == "Link" }.map(\.value) == ["</a>; rel=first", "</b>; rel=last"])
        let post = log.entries[3]
        #expect(post.request.url == upstream.baseURL + "/items?x=a%20b")
        #expect(post.request.queryString == [HARNameValue(name: "x", value: "a b")])
        #expect(post.request.postData == HARPostData(mimeType: "application/json", text: #"{"n":1}"#))
        #expect(post.request.header("Host") == upstream.baseURL.replacingOccurrences(of: "http://", with: ""))
        #expect(post.time == post.timings.send + post.timings.wait + post.timings.receive)
        #expect(recorder.recordedCount == 4)
    }

    @Test func aSlowUpstreamDoesNotHoldUpOtherRequests() async throws {
        let held = HeldAnswer()
        let upstream = try TestUpstream { request in
            request.path == "/slow" ? held.answer : .respond(.text("fast"))
        }
        let folder = try TemporaryFolder()
        let recorder = try Proxies.recorder(upstream.baseURL, file: folder.file("slow.har"), threads: 1)
        defer { recorder.stop() }
        let slow = Task { try await TestClient.get(recorder.baseURL + "/slow") }
        await held.arrived()
        let fast = try await TestClient.get(recorder.baseURL + "/fast")
        #expect(fast.text == "fast")
        held.release(.respond(.text("slow")))
        #expect(try await slow.value.text == "slow")
        let entries = try HARDocument(contentsOf: folder.file("slow.har")).log.entries
        #expect(entries.map(\.request.target) == ["/fast", "/slow"])
    }

    @Test func anUnreachableUpstreamIsA502AndNothingIsRecorded() async throws {
        let closed = HTTPServer(configuration: .init(port: 0)) { _ in .respond(.text("")) }
        try closed.start()
        let address = closed.baseURL
        closed.stop()
        let folder = try TemporaryFolder()
        let recorder = try Proxies.recorder(address, file: folder.file("down.har"))
        defer { recorder.stop() }
        let answer = try await TestClient.get(recorder.baseURL + "/x")
        #expect(answer.status == 502)
        #expect(answer.text.contains("did not answer: connection refused"))
        #expect(try HARDocument(contentsOf: folder.file("down.har")).log.entries.isEmpty)
    }

    @Test func aBadUpstreamIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(throws: RecordingError.self) {
            try RecordingProxy(options: .init(upstream: URL(string: "ftp://x")!, file: folder.file("x.har")))
        }
    }
}
