import Foundation
import MicroHTTP
import Synchronization
import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ConnectorExchangeTests {
    @Test func theHookSeesEveryExchangeRetriesIncluded() async throws {
        let server = try TestServer { request, index in
            switch index {
            case 0: return .json(#"{"access_token": "t0k"}"#)
            case 1: return .json(#"{"Message": "busy"}"#, status: 503, headers: ["Retry-After": "1"])
            default: return .json(#"[{"id": 1}]"#)
            }
        }
        defer { server.stop() }
        let seen = Mutex<[ConnectorExchange]>([])
        let clock = SteppingClock()
        let client = ConnectorHTTPClient(
            baseURL: server.baseURL, clock: clock, onExchange: { exchange in seen.withLock { $0.append(exchange) } })
        let (result, _) = await clock.drive {
            let token = try await client.json(.token("/api/v1/authorization/tokens", body: .form([("username", "u"), ("password", "p")])))
            var authenticated = client
            authenticated.authentication = .bearer(token["access_token"]?.stringValue ?? "")
            return try await authenticated.json(.get("/api/v1/users", query: [("page", "1")]))
        }
        #expect(try result.get() == [["id": 1]])
        let exchanges = seen.withLock { $0 }
        #expect(exchanges.map(\.method) == ["POST", "GET", "GET"])
        #expect(exchanges.map(\.status) == [200, 503, 200])
        #expect(exchanges.map(\.attempt) == [1, 1, 2])
        #expect(exchanges.map(\.isTokenRequest) == [true, false, false])
        #expect(exchanges[0].requestBody == Data("username=u&password=p".utf8))
        #expect(exchanges[1].url.absoluteString == "\(server.baseURL.absoluteString)/api/v1/users?page=1")
        #expect(exchanges[1].requestHeaders["Authorization"] == "Bearer t0k")
        #expect(exchanges[1].responseHeaders["Retry-After"] == "1")
        #expect(exchanges[2].responseBody == Data(#"[{"id": 1}]"#.utf8))
        #expect(exchanges.allSatisfy { $0.failure == nil && $0.duration >= .zero })
    }

    @Test func theHookSeesExchangesThatGotNoAnswer() async throws {
        let server = try TestServer(answer: { _, _ in .fault(.emptyResponse) })
        defer { server.stop() }
        let seen = Mutex<[ConnectorExchange]>([])
        let client = ConnectorHTTPClient(
            baseURL: server.baseURL, retryPolicy: .never, onExchange: { exchange in seen.withLock { $0.append(exchange) } })
        await #expect(throws: ConnectorHTTPError.self) { try await client.send(.get("/gone")) }
        let exchange = try #require(seen.withLock { $0.first })
        #expect(exchange.status == nil)
        #expect(exchange.failure != nil)
    }
}
