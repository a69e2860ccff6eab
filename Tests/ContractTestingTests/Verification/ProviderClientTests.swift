import Foundation
import MicroHTTP
import Testing
@testable import ContractTesting

@Suite struct ProviderClientTests {
    @Test func returnsRedirectsInsteadOfFollowingThem() async throws {
        let server = try RecordingServer { request in
            request.path == "/old" ? HTTPResponse(status: 302, headers: ["Location": "/new"]) : .text("new")
        }
        let request = OutgoingRequest(url: server.url.appendingPathComponent("old"), body: Data("{}".utf8))
        let response = try await ProviderClient(timeout: .seconds(5)).send(request)
        #expect(response.status == 302)
        #expect(response.headers["Location"] == "/new")
        #expect(server.requests.map(\.path) == ["/old"])
    }

    @Test func sendsMethodHeadersAndBody() async throws {
        let server = try RecordingServer { _ in .json(Data(#"{"ok":true}"#.utf8), status: 201) }
        let request = OutgoingRequest(url: server.url.appendingPathComponent("things"), body: Data(#"{"a":1}"#.utf8))
        let response = try await ProviderClient(timeout: .seconds(5)).send(request)
        #expect(response.status == 201)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(response.body == Data(#"{"ok":true}"#.utf8))
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.headers["Content-Type"] == "application/json")
        #expect(received.body == Data(#"{"a":1}"#.utf8))
    }

    @Test func saysWhyThereIsNoAnswer() async throws {
        let server = try RecordingServer { _ in .text("") }
        let url = server.url
        server.http.stop()
        await #expect(throws: ProviderClientError(reason: "connection refused")) {
            try await ProviderClient(timeout: .seconds(5)).send(OutgoingRequest(url: url, body: Data()))
        }
    }
}
