import Foundation
import MicroHTTP
import Net2Emulator
import Testing
import UnderstudyCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The emulator served by `HTTPServer` on port 0 and called over real HTTP.
@Suite struct Net2HTTPServerTests {
    @Test func servesTheConnectorsFirstCallsOverHTTP() async throws {
        let fixture = try Net2Fixture()
        let emulator = fixture.emulator
        let server = HTTPServer(configuration: .init(port: 0)) { .respond(emulator.respond(to: $0)) }
        try server.start()
        defer { server.stop() }
        let base = try #require(URL(string: server.baseURL))

        var tokenRequest = URLRequest(url: base.appendingPathComponent("api/v1/authorization/tokens"))
        tokenRequest.httpMethod = "POST"
        tokenRequest.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        tokenRequest.httpBody = Data(FormEncoding.encode(Net2Fixture.passwordGrant().map { (name: $0.0, value: $0.1) }).utf8)
        let (tokenData, tokenResponse) = try await URLSession.shared.data(for: tokenRequest)
        #expect((tokenResponse as? HTTPURLResponse)?.statusCode == 200)
        let token = try #require(try JSONValue(parsing: tokenData)["access_token"]?.stringValue)

        var userRequest = URLRequest(url: base.appendingPathComponent("api/v1/users/1012"))
        userRequest.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (userData, userResponse) = try await URLSession.shared.data(for: userRequest)
        let http = try #require(userResponse as? HTTPURLResponse)
        #expect(http.statusCode == 200)
        #expect(http.value(forHTTPHeaderField: "Content-Type") == "application/json; charset=utf-8")
        #expect(try JSONValue(parsing: userData)["firstName"] == "Jan")

        let (_, missing) = try await URLSession.shared.data(from: base.appendingPathComponent("api/v1/users/1012"))
        #expect((missing as? HTTPURLResponse)?.statusCode == 401)
    }
}
