import Foundation
import MicroHTTP
import Testing
import UnderstudyCore
@testable import Recording

/// The upstream client sends requests as they are and hands answers back as they came.
@Suite struct UpstreamClientTests {
    private func send(_ request: UpstreamRequest, with client: UpstreamClient) async -> Result<UpstreamAnswer, UpstreamFailure> {
        await withCheckedContinuation { continuation in
            client.send(request) { continuation.resume(returning: $0) }
        }
    }

    private func url(_ upstream: TestUpstream, _ target: String) -> URL {
        URL(string: upstream.baseURL + target)!
    }

    @Test func headersComeBackInOrderWithDuplicatesAndRequestsCarryOnlyTheirOwnHeaders() async throws {
        let upstream = try TestUpstream { request in
            var headers: HTTPHeaders = ["Z-First": "1"]
            headers.add(name: "Set-Cookie", value: "a=1")
            headers.add(name: "A-Middle", value: "2")
            headers.add(name: "Set-Cookie", value: "b=2")
            return .respond(HTTPResponse(status: 203, headers: headers, body: Data("ok".utf8)))
        }
        let client = UpstreamClient(timeout: 30)
        defer { client.close() }
        let request = UpstreamRequest(method: "GET", url: url(upstream, "/h"), headers: ["X-One": "1", "X-Empty": ""])
        let answer = try await send(request, with: client).get()
        #expect(answer.status == 203)
        let sent = ["Z-First", "Set-Cookie", "A-Middle", "Set-Cookie"]
        #expect(answer.headers.fields.map(\.name).filter(sent.contains) == sent)
        #expect(answer.headers.values(for: "Set-Cookie") == ["a=1", "b=2"])
        #expect(answer.body == Data("ok".utf8))
        let received = try #require(upstream.requests.first)
        #expect(Set(received.headers.fields.map { $0.name.lowercased() }) == ["host", "x-one", "x-empty"])
        #expect(received.headers["X-Empty"] == "")
    }

    @Test func headGetsTheHeadersWithoutWaitingForABody() async throws {
        let upstream = try TestUpstream { _ in .respond(.text("a body HEAD does not get")) }
        let client = UpstreamClient(timeout: 30)
        defer { client.close() }
        let answer = try await send(UpstreamRequest(method: "HEAD", url: url(upstream, "/h")), with: client).get()
        #expect(answer.status == 200)
        #expect(answer.body.isEmpty)
        #expect(answer.headers["Content-Length"] == "24")
        #expect(upstream.requests.map(\.method) == ["HEAD"])
    }

    @Test func anyMethodCarriesItsBodyWithoutExpectOrAddedContentType() async throws {
        let upstream = try TestUpstream { request in .respond(.text("\(request.method) \(request.body.count)")) }
        let client = UpstreamClient(timeout: 30)
        defer { client.close() }
        let large = Data(repeating: UInt8(ascii: "x"), count: 2 * 1024 * 1024)
        let put = try await send(UpstreamRequest(method: "PUT", url: url(upstream, "/p"), body: large), with: client).get()
        #expect(String(decoding: put.body, as: UTF8.self) == "PUT \(large.count)")
        let empty = try await send(UpstreamRequest(method: "POST", url: url(upstream, "/p"), body: Data()), with: client).get()
        #expect(String(decoding: empty.body, as: UTF8.self) == "POST 0")
        let get = try await send(UpstreamRequest(method: "GET", url: url(upstream, "/g"), body: Data("q".utf8)), with: client).get()
        #expect(String(decoding: get.body, as: UTF8.self) == "GET 1")
        for request in upstream.requests {
            #expect(!request.headers.contains("Expect"))
            #expect(!request.headers.contains("Content-Type"))
            #expect(!request.headers.contains("Accept"))
        }
        #expect(upstream.requests.map { $0.headers["Content-Length"] } == ["\(large.count)", "0", "1"])
    }

    @Test func aRefusedConnectionIsNamedWithoutTheURL() async throws {
        let closed = HTTPServer(configuration: .init(port: 0)) { _ in .respond(.text("")) }
        try closed.start()
        let address = URL(string: closed.baseURL + "/secret?token=s3cr3t")!
        closed.stop()
        let client = UpstreamClient(timeout: 30)
        defer { client.close() }
        let result = await send(UpstreamRequest(method: "GET", url: address), with: client)
        #expect(result.failure?.reason == "connection refused")
    }

    @Test func anUpstreamSlowerThanTheTimeoutTimesOut() async throws {
        let held = HeldAnswer()
        let upstream = try TestUpstream { _ in held.answer }
        defer { held.release(.respond(.text("late"))) }
        let client = UpstreamClient(timeout: 0.2)
        defer { client.close() }
        let result = await send(UpstreamRequest(method: "GET", url: url(upstream, "/slow")), with: client)
        #expect(result.failure?.reason == "timed out")
    }

    @Test func closeCancelsWhatIsUnderWayAndLaterRequests() async throws {
        let held = HeldAnswer()
        let upstream = try TestUpstream { _ in held.answer }
        defer { held.release(.respond(.text("late"))) }
        let client = UpstreamClient(timeout: 30)
        let pending = Task { await send(UpstreamRequest(method: "GET", url: url(upstream, "/held")), with: client) }
        await held.arrived()
        client.close()
        #expect(await pending.value.failure?.reason == "cancelled")
        #expect(await send(UpstreamRequest(method: "GET", url: url(upstream, "/after")), with: client).failure?.reason == "cancelled")
        #expect(upstream.requests.map(\.path) == ["/held"])
    }
}

extension Result {
    /// The failure, or `nil` on success.
    fileprivate var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
