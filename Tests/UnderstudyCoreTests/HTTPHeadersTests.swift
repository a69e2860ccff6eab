import Testing
@testable import UnderstudyCore

@Suite struct HTTPHeadersTests {
    @Test func looksUpNamesInAnyCase() {
        var headers: HTTPHeaders = ["Content-Type": "text/plain", "X-A": "1"]
        headers.add(name: "x-a", value: "2")
        #expect(headers["content-type"] == "text/plain")
        #expect(headers.values(for: "X-a") == ["1", "2"])
        #expect(headers.contains("CONTENT-TYPE"))
        headers["X-A"] = "3"
        #expect(headers.values(for: "x-a") == ["3"])
        headers.remove("content-type")
        #expect(headers.count == 1)
    }

    @Test func comparesOnlyASCIILettersCaseInsensitively() {
        #expect("Accept".caseInsensitiveEquals("aCCEPT"))
        #expect(!"Accept".caseInsensitiveEquals("Accepts"))
        #expect(!"[".caseInsensitiveEquals("{"))
    }
}
