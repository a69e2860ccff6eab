import Foundation
import Testing
import UnderstudyCore
@testable import MicroHTTP

@Suite struct HTTPResponseTests {
    @Test func copiesAreIndependentValues() {
        let original = HTTPResponse.text("one", status: 201)
        var copy = original
        copy.status = 202
        copy.headers.add(name: "X-Extra", value: "1")
        copy.body.append(contentsOf: Array("!".utf8))
        #expect(original.status == 201 && original.headers["X-Extra"] == nil && original.bodyText == "one")
        #expect(copy.status == 202 && copy.headers["X-Extra"] == "1" && copy.bodyText == "one!")
    }

    @Test func aReusableResponseEqualsItsPlainFormAndLosesTheWireFormWhenChanged() {
        let plain = HTTPResponse.json(Data(#"{"a":1}"#.utf8))
        let reusable = plain.reusable()
        #expect(reusable.isReusable && !plain.isReusable)
        #expect(reusable == plain && reusable.hashValue == plain.hashValue)
        var changed = reusable
        changed.headers.add(name: "X-Changed", value: "yes")
        #expect(!changed.isReusable && reusable.isReusable, "a change drops the copy's wire form only")
        var restatused = reusable
        restatused.status = 500
        #expect(!restatused.isReusable)
    }

    @Test func oneReusableResponseServesManyConnectionsAtOnce() async throws {
        let shared = HTTPResponse(status: 203, headers: ["Content-Type": "application/json", "X-Shared": "1"],
                                  body: Data(#"{"id":4242}"#.utf8)).reusable()
        let server = HTTPServer(configuration: .init(port: 0, threadCount: 2)) { request in
            guard request.path == "/changed" else { return .respond(shared) }
            var changed = shared
            changed.body = Data("changed".utf8)
            return .respond(changed)
        }
        try server.start()
        defer { server.stop() }
        let port = server.port
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    guard let connection = try? RawConnection(port: port) else { return false }
                    for _ in 0..<25 {
                        connection.request("GET", "/same")
                        let outcome = connection.readResponse()
                        guard outcome.status == 203, outcome.header("x-shared") == "1",
                            outcome.body == Data(#"{"id":4242}"#.utf8)
                        else { return false }
                    }
                    return true
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 20 && results.allSatisfy { $0 })
        let connection = try RawConnection(port: port)
        connection.request("GET", "/changed")
        #expect(connection.readResponse().body == Data("changed".utf8))
    }
}
