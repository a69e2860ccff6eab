import Foundation
import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ConnectorResponseTests {
    private func response(_ text: String) -> ConnectorResponse {
        ConnectorResponse(status: 200, body: Data(text.utf8), requestLine: "GET http://h/x")
    }

    @Test func readsJSONAndTreatsAnEmptyBodyAsNull() throws {
        #expect(try response(#"{"id": 1}"#).json() == ["id": 1])
        #expect(try response(" ").json() == .null)
        #expect(response("ok").text == "ok")
    }

    @Test func namesTheRequestWhenTheBodyIsNotWhatWasAsked() {
        #expect(throws: ConnectorHTTPError.self) { try response("<html>").json() }
        struct User: Decodable { var id: Int }
        do {
            _ = try response(#"[{"id": "x"}]"#).decode([User].self)
            Issue.record("expected a decoding failure")
        } catch {
            #expect(error.requestLine == "GET http://h/x")
            #expect(error.description.hasPrefix("GET http://h/x returned a body that could not be read: "))
            #expect(error.description.hasSuffix(" at $[0].id"))
        }
    }
}
