import Foundation
import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct PactPartReaderTests {
    private func body(_ json: String, _ specification: PactSpecification, headers: String = "{}") throws -> PactBody? {
        try PactResponse(json: try JSONValue(parsing: #"{"headers": \#(headers), "body": \#(json)}"#), specification: specification).body
    }

    @Test func readsV4Bodies() throws {
        #expect(try body(#"{"contentType":"application/json","encoded":false,"content":{"a":1}}"#, .v4) == .json(["a": 1]))
        #expect(
            try body(#"{"contentType":"text/plain","encoded":"base64","content":"aGk="}"#, .v4)
                == PactBody(contentType: "text/plain", content: .bytes(Data("hi".utf8))))
        #expect(try body(#"{"contentType":"application/json","encoded":"JSON","content":"[1,2]"}"#, .v4) == .json([1, 2]))
        #expect(try body(#"{"content":""}"#, .v4) == PactBody(content: .empty))
        #expect(try body(#"{"content":null}"#, .v4) == PactBody(contentType: "application/json", content: .json(nil)))
        #expect(
            try body(#"{"contentType":"application/xml","encoded":false,"content":"<a/>"}"#, .v4)
                == .text("<a/>", contentType: "application/xml"))
    }

    @Test func readsRawBodiesInEveryVersion() throws {
        #expect(try body(#"[{"name":"x"}]"#, .v4) == .json([["name": "x"]]))
        #expect(try body(#"{"content":"x","other":1}"#, .v4) == .json(["content": "x", "other": 1]))
        #expect(try body(#"{"content":"x"}"#, .v3) == .json(["content": "x"]))
        #expect(try body(#""""#, .v3) == PactBody(content: .empty))
        #expect(try body("null", .v3) == PactBody(contentType: "application/json", content: .json(nil)))
        #expect(try body(#""<a/>""#, .v3, headers: #"{"Content-Type":"application/xml"}"#) == .text("<a/>", contentType: "application/xml"))
        #expect(try body(#""hello""#, .v3, headers: #"{"Content-Type":"application/json"}"#) == .json("hello"))
    }

    @Test func anAbsentBodyIsNil() throws {
        #expect(try PactRequest(json: ["method": "GET"], specification: .v3).body == nil)
    }

    @Test func defaultsMethodPathAndStatus() throws {
        let request = try PactRequest(json: [:], specification: .v3)
        #expect((request.method, request.path) == ("GET", "/"))
        #expect(try PactResponse(json: [:], specification: .v3).status == 200)
    }

    @Test func reportsBadEncodings() throws {
        let error = #expect(throws: PactLoadError.self) { try body(#"{"encoded":"base64","content":"%%%"}"#, .v4) }
        #expect(error?.description == "$.body.content: content is not valid base64")
    }
}
