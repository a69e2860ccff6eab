import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ConnectorHTTPClientRetryTests {
    private static let tooMany = #"{"Message": "Too many requests"}"#

    /// A server that answers the first `failures` requests with `status` (and `headers`), then 200.
    private func flakyServer(failures: Int, status: Int = 429, headers: [String: String] = [:]) throws -> TestServer {
        try TestServer { _, index in
            index < failures ? .json(Self.tooMany, status: status, headers: headers) : .json(#"{"access_token": "t"}"#)
        }
    }

    private func client(_ server: TestServer, clock: SteppingClock, policy: RetryPolicy = RetryPolicy(jitter: 0)) -> ConnectorHTTPClient {
        ConnectorHTTPClient(baseURL: server.baseURL, retryPolicy: policy, clock: clock)
    }

    @Test func waitsAsLongAsRetryAfterSaysThenRetries() async throws {
        let server = try flakyServer(failures: 1, headers: ["Retry-After": "7"])
        defer { server.stop() }
        let clock = SteppingClock()
        let client = client(server, clock: clock)
        let (result, waits) = await clock.drive { try await client.send(.get("/api/v1/users")) }
        #expect(try result.get().status == 200)
        #expect(waits == [.seconds(7)])
        #expect(server.requests.count == 2)
    }

    @Test func honoursRetryAfterGivenAsAnHTTPDate() async throws {
        let server = try flakyServer(failures: 1, status: 503, headers: ["Retry-After": "Thu, 01 Jan 2026 00:00:05 GMT"])
        defer { server.stop() }
        let clock = SteppingClock()
        let client = client(server, clock: clock)
        let (result, waits) = await clock.drive { try await client.send(.get("/ping")) }
        #expect(try result.get().status == 200)
        #expect(waits == [.seconds(5)])
    }

    @Test func backsOffExponentiallyWithoutRetryAfter() async throws {
        let server = try flakyServer(failures: 3, status: 503)
        defer { server.stop() }
        let clock = SteppingClock()
        let client = client(server, clock: clock)
        let (result, waits) = await clock.drive { try await client.send(.get("/ping")) }
        #expect(try result.get().status == 200)
        #expect(waits == [.seconds(1), .seconds(2), .seconds(4)])
    }

    @Test func givesUpAfterTheLastAttemptAndSaysHowManyThereWere() async throws {
        let server = try flakyServer(failures: 10, headers: ["Retry-After": "1"])
        defer { server.stop() }
        let clock = SteppingClock()
        let client = client(server, clock: clock, policy: RetryPolicy(maxAttempts: 3, jitter: 0))
        let (result, waits) = await clock.drive { try await client.send(.get("/ping")) }
        #expect(waits == [.seconds(1), .seconds(1)])
        #expect(server.requests.count == 3)
        let error = try #require(result.failure as? ConnectorHTTPError)
        #expect(error.status == 429)
        #expect(error.attempts == 3)
        #expect(error.description.hasSuffix("failed with HTTP 429: Too many requests (after 3 attempts)"))
    }

    @Test func doesNotWaitPastTheTotalWaitBudget() async throws {
        let server = try flakyServer(failures: 10, headers: ["Retry-After": "120"])
        defer { server.stop() }
        let clock = SteppingClock()
        let client = client(server, clock: clock, policy: RetryPolicy(maxTotalWait: .seconds(20), jitter: 0))
        let (result, waits) = await clock.drive { try await client.send(.get("/ping")) }
        #expect(waits.isEmpty)
        #expect((result.failure as? ConnectorHTTPError)?.status == 429)
        #expect(server.requests.count == 1)
    }

    @Test func neverRetriesAPostOrPatchUnlessMarkedSafe() async throws {
        let server = try flakyServer(failures: 10, headers: ["Retry-After": "1"])
        defer { server.stop() }
        for request in [ConnectorRequest.post("/api/v1/users", body: .json([:])), .patch("/api/v1/users/1", body: .json([:]))] {
            let clock = SteppingClock()
            let client = client(server, clock: clock)
            let (result, waits) = await clock.drive { try await client.send(request) }
            #expect(waits.isEmpty)
            #expect((result.failure as? ConnectorHTTPError)?.attempts == 1)
        }
        #expect(server.requests.map(\.method) == ["POST", "PATCH"])
    }

    @Test func retriesAPostMarkedSafeAndATokenRequest() async throws {
        let server = try TestServer { _, index in
            index.isMultiple(of: 2) ? .json(Self.tooMany, status: 429, headers: ["Retry-After": "2"]) : .json("{}")
        }
        defer { server.stop() }
        let clock = SteppingClock()
        let client = client(server, clock: clock)
        let (result, waits) = await clock.drive {
            _ = try await client.send(ConnectorRequest(.post, "/api/v1/search", body: .json([:]), isMarkedRetrySafe: true))
            return try await client.send(.token("/api/v1/authorization/tokens", body: .form([("grant_type", "password")])))
        }
        #expect(try result.get().status == 200)
        #expect(waits == [.seconds(2), .seconds(2)])
        #expect(server.requests.count == 4)
    }

    @Test func aCancelledWaitEndsTheRequest() async throws {
        let server = try flakyServer(failures: 1, headers: ["Retry-After": "60"])
        defer { server.stop() }
        let clock = SteppingClock()
        let client = client(server, clock: clock, policy: RetryPolicy(maxTotalWait: .seconds(100)))
        let task = Task { try await client.send(.get("/ping")) }
        var scheduled = clock.scheduled.makeAsyncIterator()
        #expect(await scheduled.next() == .seconds(60))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(server.requests.count == 1)
    }
}

extension Result {
    /// The error of a failure, else `nil`.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
