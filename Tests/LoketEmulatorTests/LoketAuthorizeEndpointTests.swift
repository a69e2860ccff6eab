import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct LoketAuthorizeEndpointTests {
    /// `GET /authorize` as the bootstrap script's URL asks for it.
    private func authorize(_ fixture: LoketFixture, query: String) -> HTTPResponse {
        fixture.emulator.respond(to: HTTPRequest(method: "GET", target: "/authorize?" + query))
    }

    private static let bootstrapQuery = "client_id=understudy-demo&redirect_uri=https://loket.nl&response_type=code&scope=all&state=1234"

    /// The query items of a redirect's `Location`.
    private func redirectQuery(_ response: HTTPResponse) throws -> [String: String] {
        let location = try #require(response.headers["Location"])
        let query = try #require(location.split(separator: "?", maxSplits: 1).last.map(String.init))
        return Dictionary(FormEncoding.decode(query).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func redirectsWithStateAndACodeThatWorksOnce() throws {
        let fixture = try LoketFixture()
        let response = authorize(fixture, query: Self.bootstrapQuery)
        #expect(response.status == 302)
        let location = try #require(response.headers["Location"])
        #expect(location.hasPrefix("https://loket.nl?state=1234&code="))
        let code = try #require(try redirectQuery(response)["code"])
        let body = "grant_type=authorization_code&code=\(code)&redirect_uri=https://loket.nl&client_id=understudy-demo"
        let exchanged = fixture.postToken(body)
        #expect(exchanged.status == 200)
        let refreshToken = try #require(exchanged.json["refresh_token"]?.stringValue)
        #expect(refreshToken != Seeded.refreshToken)
        #expect(fixture.postToken(LoketFixture.refreshBody(refreshToken: refreshToken)).status == 200)
        let again = fixture.postToken(body)
        #expect(again.status == 400)
        #expect(again.json["error"] == "invalid_grant")
        #expect(fixture.emulator.stats.authorizationCodesIssued == 1)
    }

    @Test func codeIsBoundToItsRedirectURIAndExpires() throws {
        let fixture = try LoketFixture()
        let wrongRedirect = try #require(try redirectQuery(authorize(fixture, query: Self.bootstrapQuery))["code"])
        let mismatched = fixture.postToken(
            "grant_type=authorization_code&code=\(wrongRedirect)&redirect_uri=https://www.loket.nl/&client_id=understudy-demo")
        #expect(mismatched.json["error"] == "invalid_grant")
        let late = try #require(try redirectQuery(authorize(fixture, query: Self.bootstrapQuery))["code"])
        fixture.clock.advance(by: .seconds(600))
        let expired = fixture.postToken("grant_type=authorization_code&code=\(late)&redirect_uri=https://loket.nl&client_id=understudy-demo")
        #expect(expired.json["error"] == "invalid_grant")
    }

    @Test func unknownClientOrRedirectIsRefusedWithoutRedirecting() throws {
        let fixture = try LoketFixture()
        let unknown = authorize(fixture, query: "client_id=nobody&redirect_uri=https://loket.nl&response_type=code")
        #expect(unknown.status == 400)
        #expect(unknown.json["error"] == "invalid_client")
        let foreign = authorize(fixture, query: "client_id=understudy-demo&redirect_uri=https://evil.example&response_type=code")
        #expect(foreign.status == 400)
        #expect(foreign.json["error"] == "invalid_request")
        #expect(foreign.headers["Location"] == nil)
    }

    @Test func otherResponseTypesRedirectWithAnError() throws {
        let fixture = try LoketFixture()
        let response = authorize(fixture, query: "client_id=understudy-demo&redirect_uri=https://loket.nl&response_type=token&state=s1")
        #expect(response.status == 302)
        #expect(try redirectQuery(response) == ["state": "s1", "error": "unsupported_response_type"])
    }
}
