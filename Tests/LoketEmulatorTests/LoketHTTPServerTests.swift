import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The emulator served by `HTTPServer` on port 0 and called over real HTTP.
@Suite struct LoketHTTPServerTests {
    @Test func servesTheConnectorsFirstCallsOverHTTP() async throws {
        let fixture = try LoketFixture()
        let emulator = fixture.emulator
        let server = HTTPServer(configuration: .init(port: 0)) { .respond(emulator.respond(to: $0)) }
        try server.start()
        defer { server.stop() }
        let base = try #require(URL(string: server.baseURL))

        var tokenRequest = URLRequest(url: base.appendingPathComponent("token"))
        tokenRequest.httpMethod = "POST"
        tokenRequest.setValue("text/plain", forHTTPHeaderField: "Content-Type")
        tokenRequest.httpBody = Data(LoketFixture.refreshBody().utf8)
        let (tokenData, tokenResponse) = try await URLSession.shared.data(for: tokenRequest)
        #expect((tokenResponse as? HTTPURLResponse)?.statusCode == 200)
        let token = try #require(try JSONValue(parsing: tokenData)["access_token"]?.stringValue)

        var request = URLRequest(url: try #require(URL(string: "\(server.baseURL)/v2/providers/employers?pageSize=250&pageNumber=1")))
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        #expect(http.statusCode == 200)
        #expect(http.value(forHTTPHeaderField: "Content-Type") == "application/json;version=2018-01-01")
        let page = try JSONValue(parsing: data)
        #expect(page["currentPage"] == 1)
        #expect(page.embedded.compactMap { $0["companyName"]?.stringValue } == ["Understudy Demo B.V.", "Understudy Zorg B.V."])

        let (_, missing) = try await URLSession.shared.data(from: base.appendingPathComponent("v2/providers/employers"))
        #expect((missing as? HTTPURLResponse)?.statusCode == 401)
    }
}
