import UnderstudyCore
import Testing

@testable import ConnectorRuntime

@Suite struct ConnectorHeadersTests {
    @Test func comparesNamesWithoutCaseAndKeepsOrder() {
        var headers: ConnectorHeaders = ["Accept": "application/json", "X-Trace": "1"]
        headers.add(name: "x-trace", value: "2")
        #expect(headers["ACCEPT"] == "application/json")
        #expect(headers["X-TRACE"] == "1")
        #expect(headers.contains("x-TRACE"))
        headers["X-Trace"] = "3"
        #expect(headers.map(\.name) == ["Accept", "X-Trace"])
        #expect(headers["x-trace"] == "3")
        headers["accept"] = nil
        headers.remove("x-trace")
        #expect(headers.fields.isEmpty)
    }
}
