import Foundation
import Testing

@testable import ContractTesting

@Suite struct ContentTypeDetectorTests {
    @Test(arguments: [
        ("{\"a\": 1}", "application/json"), ("[1, 2]", "application/json"), ("<?xml version=\"1.0\"?><a/>", "application/xml"),
        ("<a><b/></a>", "application/xml"), ("<!DOCTYPE html><html></html>", "text/html"), ("just words", "text/plain"),
        ("{not json", "text/plain"),
    ])
    func detectsText(_ text: String, _ type: String) {
        #expect(ContentTypeDetector.detect(text) == type)
    }

    @Test func detectsBinarySignatures() {
        #expect(ContentTypeDetector.detect(Data([0x89, 0x50, 0x4E, 0x47, 0x0D])) == "image/png")
        #expect(ContentTypeDetector.detect(Data([0xFF, 0xD8, 0xFF, 0xE0])) == "image/jpeg")
        #expect(ContentTypeDetector.detect(Data("%PDF-1.7".utf8)) == "application/pdf")
        #expect(ContentTypeDetector.detect(Data([0xC3, 0x28])) == "application/octet-stream")
        #expect(ContentTypeDetector.detect(Data()) == nil)
    }
}
