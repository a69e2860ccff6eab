import ConnectorRuntime
import Foundation
import LoketEmulator
import MicroHTTP
import Synchronization
import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketAPITests {
    private func session(_ configuration: JSONValue, pageSize: Int = 250, clock: any Clock) throws -> LoketSession {
        try LoketSession(context: SourceContext(configuration: configuration), options: LoketConnectorOptions(pageSize: pageSize, clock: clock))
    }

    @Test func readsEveryPageInOrder() async throws {
        let server = try LoketTestServer(seed: LoketSeed.generated(employees: 30, seed: 7))
        let configuration = server.configuration(employer: LoketSeed.generatedEmployerName)
        let whole = try session(configuration, pageSize: 1000, clock: server.clock)
        let paged = try session(configuration, pageSize: 7, clock: server.clock)
        defer { whole.finish(); paged.finish() }
        let path = try await whole.employer().path("employees")
        let expected = try await whole.api.list(path)
        #expect(expected.count == 30)
        #expect(try await paged.api.list(path) == expected)
        #expect(try await paged.api.page(path, number: 5).items.count == 2)
    }

    @Test func renewsAnExpiredTokenOnceAndSendsTheRequestAgain() async throws {
        let server = try LoketTestServer()
        let session = try session(server.configuration(), clock: server.clock)
        defer { session.finish() }
        let employer = try await session.employer()
        try server.admin("PUT", "/__admin/loket/expire-tokens", body: ["afterRequests": 1])
        _ = try await session.api.list(employer.path("departments"))
        let departments = try await session.api.list(employer.path("departments"))
        #expect(departments.count == 8)
        let stats = try server.admin("GET", "/__admin/loket/stats")
        #expect(stats["tokenRequests"] == 2)
        #expect(stats["unauthorized"] == 1)
    }

    @Test func a401AfterRenewalFails() async throws {
        let tokens = Mutex(0)
        let server = HTTPServer(configuration: .init(port: 0)) { request in
            guard request.path == "/token" else {
                return .respond(.json(Data(#"{"message":"Authorization has been denied for this request."}"#.utf8), status: 401))
            }
            let number = tokens.withLock { tokens in
                tokens += 1
                return tokens
            }
            return .respond(.json(Data(#"{"access_token":"token-\#(number)"}"#.utf8)))
        }
        try server.start()
        defer { server.stop() }
        let session = try session(LoketFixtures.configuration(baseURL: server.baseURL), clock: ManualClock(advancesWhenScheduled: true))
        defer { session.finish() }
        await #expect {
            try await session.employer()
        } throws: { error in
            (error as? ConnectorHTTPError)?.status == 401
                && (error as? ConnectorHTTPError)?.vendorMessage == "Authorization has been denied for this request."
        }
        #expect(tokens.withLock { $0 } == 2)
    }

    @Test func refusesAPageOtherThanTheOneAskedFor() async throws {
        let server = HTTPServer(configuration: .init(port: 0)) { request in
            guard request.path == "/token" else {
                return .respond(.json(Data(#"{"_embedded":[{"id":"x"}],"currentPage":1,"totalPages":2}"#.utf8)))
            }
            return .respond(.json(Data(#"{"access_token":"token"}"#.utf8)))
        }
        try server.start()
        defer { server.stop() }
        let session = try session(LoketFixtures.configuration(baseURL: server.baseURL), clock: ManualClock(advancesWhenScheduled: true))
        defer { session.finish() }
        await #expect(throws: LoketConnectorError.unexpectedPage(path: "/v2/x", page: 2, reason: "Loket returned page 1 instead")) {
            try await session.api.list("/v2/x")
        }
    }
}
