import Foundation
import Testing
@testable import ConnectorRuntime

@Suite struct RequestLineTests {
    @Test func masksSecretQueryParametersAndSecretValuesWhenAsked() throws {
        let url = try #require(URL(string: "https://user:pw@h.example/a/s3cr3t-value?api_key=k&q=1"))
        let line = RequestLine(method: "GET", url: url, secrets: ["s3cr3t-value"])
        #expect(line.text == "GET https://h.example/a/*****?api_key=*****&q=1")
    }

    @Test func keepsALineGivenAsText() {
        #expect(RequestLine(text: "POST http://h/x").text == "POST http://h/x")
    }

    @Test func aResponseBuildsItsLineOnlyFromWhatItWasGiven() throws {
        let url = try #require(URL(string: "http://h/x?token=abc"))
        var response = ConnectorResponse(status: 200, headers: [:], body: Data(), line: RequestLine(method: "GET", url: url, secrets: []))
        #expect(response.requestLine == "GET http://h/x?token=*****")
        response.requestLine = "GET elsewhere"
        #expect(response.requestLine == "GET elsewhere")
    }
}
