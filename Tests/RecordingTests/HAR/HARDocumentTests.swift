import Foundation
import Testing
import UnderstudyCore
@testable import Recording

@Suite struct HARDocumentTests {
    @Test func readsABrowserExportWithItsCustomFieldsAndMissingOptionalFields() throws {
        let document = try HARDocument(data: Data(BrowserHAR.text.utf8), file: "browser.har")
        let log = document.log
        #expect(log.creator.name == "WebInspector")
        #expect(log.pages?.first?.pageTimings.onLoad == -1)
        #expect(log.entries.count == 5)
        let first = log.entries[0]
        #expect(first.extras["_initiator"]?["type"] == "script")
        #expect(first.extras["_priority"] == "High")
        #expect(first.timings.dns == -1)
        #expect(first.timings.receive == 0.512)
        #expect(first.response.content.compression == 10)
        #expect(log.entries[1].request.postData?.params?.count == 2)
        #expect(log.entries[1].request.postData?.text == nil)
        let cached = log.entries[3]
        #expect(cached.request.httpVersion == "HTTP/1.1")
        #expect(cached.request.cookies.isEmpty)
        #expect(cached.response.statusText == "")
        #expect(cached.response.content.text == nil)
        #expect(cached.cache == HARCache())
    }

    @Test func readsAMitmproxyExport() throws {
        let log = try HARDocument(data: Data(MitmproxyHAR.text.utf8), file: "mitm.har").log
        #expect(log.creator.name == "mitmproxy")
        #expect(log.entries.map(\.request.method) == ["POST", "GET", "PUT"])
        #expect(log.entries[0].request.postData?.params?.map(\.name) == ["username", "password", "grant_type", "client_id"])
        #expect(log.entries[0].timings.ssl == -1)
        #expect(TimestampShape.date(log.entries[0].startedDateTime) != nil)
    }

    @Test func writesAndReadsBackTheSameDocumentCustomFieldsIncluded() throws {
        let document = try HARDocument(data: Data(BrowserHAR.text.utf8))
        let again = try HARDocument(data: document.encoded())
        #expect(again == document)
        let text = String(decoding: document.encoded(), as: UTF8.self)
        #expect(text.contains(#""_initiator": {"#))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func everyRequiredFieldIsWritten() throws {
        let entry = HAREntry(
            startedDateTime: "2026-03-01T10:15:30.120Z", time: 84,
            request: HARRequest(method: "GET", url: "https://api.example/v2/contacts"),
            response: HARResponse(status: 200, statusText: "OK"),
            timings: HARTimings(send: 1, wait: 80, receive: 3))
        let json = try JSONValue(parsing: HARDocument(log: HARLog(entries: [entry])).encoded())
        let log = try #require(json["log"])
        #expect(log["version"] == "1.2")
        #expect(log["creator"]?["name"] == "understudy")
        let written = try #require(log["entries"]?[0])
        for field in ["startedDateTime", "time", "request", "response", "cache", "timings"] { #expect(written[field] != nil) }
        for field in ["method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize"] {
            #expect(written["request"]?[field] != nil, "request.\(field)")
        }
        for field in ["status", "statusText", "httpVersion", "cookies", "headers", "content", "redirectURL", "headersSize", "bodySize"] {
            #expect(written["response"]?[field] != nil, "response.\(field)")
        }
        #expect(written["response"]?["content"]?["size"] != nil)
        #expect(written["response"]?["content"]?["mimeType"] != nil)
    }

    @Test(arguments: [
        (#"{"log": {"entries": [{"request": {"method": "GET"}, "response": {"status": 200}}]}}"#, "$.log.entries[0].request.url", "is missing"),
        (#"{"log": {"entries": [{"request": {"method": "GET", "url": "https://x/"}, "response": {"status": "OK"}}]}}"#, "$.log.entries[0].response.status", "must be a number"),
        (#"{"log": {}}"#, "$.log.entries", "is missing"),
        (#"{"entries": []}"#, "$.log", "is missing"),
        (#"{"log": {"entries": [{"request": {"method": "GET", "url": "/relative"}, "response": {"status": 200}}]}}"#, "$.log.entries[0].request.url", "must be an absolute URL"),
        (#"{"log": {"entries": [}"#, "$", "line 1, column"),
    ])
    func aBrokenHARNamesTheFileThePathAndTheReason(text: String, path: String, reason: String) {
        #expect {
            try HARDocument(data: Data(text.utf8), file: "broken.har")
        } throws: { error in
            guard let error = error as? HARLoadError else { return false }
            return error.file == "broken.har" && error.jsonPath == path && error.reason.contains(reason)
                && error.description.hasPrefix("broken.har: \(path): ")
        }
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        let url = URL(fileURLWithPath: "/nonexistent/session.har")
        #expect(throws: HARLoadError.self) { try HARDocument(contentsOf: url) }
    }
}
