import Synchronization
import Testing

@testable import LoketConnector

@Suite struct LoketAuthorizationTests {
    /// A grant that hands out `access-N` and, when rotating, `refresh-N`, recording the refresh tokens it was sent.
    private final class Grants: Sendable {
        private let sent = Mutex<[String]>([])
        private let attempted = Mutex(0)
        let rotates: Bool
        let failures: Mutex<Int>

        init(rotates: Bool = false, failures: Int = 0) {
            self.rotates = rotates
            self.failures = Mutex(failures)
        }

        var refreshTokensSent: [String] { sent.withLock { $0 } }
        var attempts: Int { attempted.withLock { $0 } }

        func grant(_ refreshToken: String) async throws -> LoketTokenGrant {
            await Task.yield()
            attempted.withLock { $0 += 1 }
            if failures.withLock({ failures in defer { failures -= 1 }; return failures > 0 }) {
                throw LoketConnectorError.authenticationFailed(error: "temporarily_unavailable")
            }
            let number = sent.withLock { sent in
                sent.append(refreshToken)
                return sent.count
            }
            return LoketTokenGrant(accessToken: "access-\(number)", refreshToken: rotates ? "refresh-\(number)" : refreshToken)
        }
    }

    private func tokens(_ count: Int, from authorization: LoketAuthorization, replacing refused: LoketAccessToken? = nil) async throws
        -> [LoketAccessToken]
    {
        try await withThrowingTaskGroup(of: LoketAccessToken.self) { group in
            for _ in 0..<count { group.addTask { try await authorization.token(replacing: refused) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func concurrentCallersShareTheFirstTokenRequest() async throws {
        let grants = Grants()
        let authorization = LoketAuthorization(refreshToken: "configured", grant: grants.grant)
        let tokens = try await tokens(20, from: authorization)
        #expect(Set(tokens) == [LoketAccessToken(value: "access-1", generation: 1)])
        #expect(grants.refreshTokensSent == ["configured"])
    }

    @Test func requestsRefusedTogetherRenewOnce() async throws {
        let grants = Grants()
        let authorization = LoketAuthorization(refreshToken: "configured", grant: grants.grant)
        let first = try await authorization.token()
        let renewed = try await tokens(20, from: authorization, replacing: first)
        #expect(Set(renewed) == [LoketAccessToken(value: "access-2", generation: 2)])
        #expect(try await authorization.token(replacing: first) == LoketAccessToken(value: "access-2", generation: 2),
                "a request refused with an old token gets the newer one without another token request")
        #expect(grants.attempts == 2)
    }

    @Test func renewsWithTheNewestRefreshTokenWhenLoketRotatesThem() async throws {
        let grants = Grants(rotates: true)
        let authorization = LoketAuthorization(refreshToken: "configured", grant: grants.grant)
        let first = try await authorization.token()
        #expect(authorization.refreshToken == "refresh-1")
        _ = try await authorization.token(replacing: first)
        #expect(grants.refreshTokensSent == ["configured", "refresh-1"])
        #expect(authorization.refreshToken == "refresh-2")
    }

    @Test func aFailedTokenRequestIsTriedAgainByTheNextCaller() async throws {
        let grants = Grants(failures: 1)
        let authorization = LoketAuthorization(refreshToken: "configured", grant: grants.grant)
        await #expect(throws: LoketConnectorError.self) { try await authorization.token() }
        #expect(try await authorization.token().value == "access-1")
        #expect(grants.attempts == 2)
    }
}
