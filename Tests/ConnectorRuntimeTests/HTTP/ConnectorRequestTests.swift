import Testing

@testable import ConnectorRuntime

@Suite struct ConnectorRequestTests {
    @Test func onlyIdempotentTokenOrMarkedRequestsAreRetrySafe() {
        #expect(ConnectorRequest.get("/x").isRetrySafe)
        #expect(ConnectorRequest.put("/x").isRetrySafe)
        #expect(ConnectorRequest.delete("/x").isRetrySafe)
        #expect(!ConnectorRequest.post("/x").isRetrySafe)
        #expect(!ConnectorRequest.patch("/x").isRetrySafe)
        #expect(ConnectorRequest(.post, "/x", isMarkedRetrySafe: true).isRetrySafe)
        #expect(ConnectorRequest.token("/token", body: .form([])).isRetrySafe)
    }

    @Test func aTokenRequestPostsWithoutTheClientsCredentials() {
        let request = ConnectorRequest.token("/token", body: .form([("grant_type", "password")]))
        #expect(request.method == .post)
        #expect(request.isTokenRequest)
        #expect(request.authentication == ConnectorAuthentication.none)
    }

    @Test func escapesPathSegments() {
        #expect(ConnectorRequest.pathSegment("a b/c?d") == "a%20b%2Fc%3Fd")
    }
}
