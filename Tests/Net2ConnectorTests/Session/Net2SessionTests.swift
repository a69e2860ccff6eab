import ConnectorRuntime
import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2SessionTests {
    @Test func oneTokenServesEveryActionOfARun() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        let created = try await connector.create(server.action(), person: Net2People.eva)
        let reference = try #require(created.accountReference?.stringValue)
        for step in [connector.update, connector.enable, connector.disable, connector.delete] {
            let output = try await step(server.action(account: reference), Net2People.eva)
            #expect(output.success, "\(output.messages)")
        }
        #expect(server.stats.tokenRequests == 1)
    }

    @Test func concurrentActionsOfARunWaitForOneSignIn() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<5 { group.addTask { try await connector.retrievePermissions(server.action()).success } }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 5))
        #expect(server.stats.tokenRequests == 1)
    }

    @Test func signsInAgainWhenTheTokenIsAboutToExpire() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        _ = try await connector.retrievePermissions(server.action())
        server.clock.advance(by: .seconds(1741))
        #expect(try await connector.retrievePermissions(server.action()).success)
        #expect(server.stats.tokenRequests == 2)
    }

    @Test func signsInAgainWhenNet2RefusesTheToken() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        _ = try await connector.retrievePermissions(server.action())
        server.admin("POST", "/__admin/net2/reset")
        let output = try await connector.retrievePermissions(server.action())
        #expect(output.success, "\(output.messages)")
        #expect(server.stats.tokenRequests == 1)
        #expect(server.requests.filter { $0.path == "/api/v1/accesslevels" }.count == 3)
    }

    @Test func retriesATokenRequestAfterTheRetryAfterOfA429() async throws {
        let server = try Net2TestServer(tokenRate: "1/1s")
        defer { server.stop() }
        let start = server.clock.now
        let first = try await server.connector().retrievePermissions(server.action())
        let second = try await server.connector().retrievePermissions(server.action())
        #expect(first.success && second.success, "\(second.messages)")
        #expect(server.stats.rateLimited == 1)
        #expect(server.stats.tokensIssued == 2)
        #expect(server.clock.now.timeIntervalSince(start) >= 1)
    }

    @Test func tenConcurrentRunsAllGetATokenDespiteTheRateLimit() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let results = try await withThrowingTaskGroup(of: OutputContext.self) { group in
            for _ in 0..<10 { group.addTask { try await server.connector().retrievePermissions(server.action()) } }
            return try await group.reduce(into: [OutputContext]()) { $0.append($1) }
        }
        let failures = results.filter { !$0.success }.map(\.messages)
        #expect(failures.isEmpty, "\(failures)")
        #expect(server.stats.tokensIssued == 10)
        #expect(server.stats.rateLimited > 0)
    }

    @Test func aFailedSignInIsNotKept() async throws {
        let server = try Net2TestServer()
        defer { server.stop() }
        let connector = server.connector()
        let refused = try await connector.retrievePermissions(server.action(configuration: ["Password": "wrong"]))
        #expect(
            refused.messages == [
                "Could not retrieve Paxton-Net2 permissions. Error: invalid_grant: The user name or password is incorrect."
            ])
        #expect(try await connector.retrievePermissions(server.action()).success)
        #expect(server.stats.tokenRequests == 2)
    }
}
