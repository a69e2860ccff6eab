import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct DryRunGuardTests {
    @Test func aDryRunPermitsReadsAndTokenRequestsOnly() {
        let guardian = DryRunGuard(isDryRun: true)
        #expect(guardian.permits(.get("/users")))
        #expect(guardian.permits(ConnectorRequest(.head, "/users")))
        #expect(guardian.permits(.token("/token", body: .form([]))))
        for method in [ConnectorMethod.post, .put, .patch, .delete] {
            #expect(!guardian.permits(ConnectorRequest(method, "/users/1")))
        }
        #expect(DryRunGuard(isDryRun: false).permits(.delete("/users/1")))
    }

    @Test func theViolationNamesTheRefusedRequest() {
        #expect(throws: DryRunViolation(method: .put, path: "/api/v1/users/1012")) {
            try DryRunGuard(isDryRun: true).check(.put("/api/v1/users/1012?x=1"))
        }
        #expect(
            DryRunViolation(method: .put, path: "/api/v1/users/1012").description
                == "dry run: refused to send PUT /api/v1/users/1012; a dry run reads but never writes")
    }

    @Test func aDryRunClientReadsButNothingItRefusesReachesTheVendor() async throws {
        let server = try TestServer { _, _ in .json("{}") }
        defer { server.stop() }
        let client = ConnectorHTTPClient(baseURL: server.baseURL, dryRun: true)
        _ = try await client.send(.token("/api/v1/authorization/tokens", body: .form([("grant_type", "password")])))
        _ = try await client.send(.get("/api/v1/users/1"))
        for request in [
            ConnectorRequest.post("/api/v1/users"), .put("/api/v1/users/1"), .patch("/api/v1/users/1"), .delete("/api/v1/users/1"),
        ] {
            await #expect(throws: DryRunViolation.self) { try await client.send(request) }
        }
        #expect(server.requests.map(\.method) == ["POST", "GET"])
    }
}
