import Foundation
import MicroHTTP
@testable import Recording

/// HAR entries written in code for tests.
enum TestEntries {
    /// An entry with the given request and response (query items taken from the URL).
    static func entry(
        _ method: String = "GET", _ url: String, headers: [(String, String)] = [], body: String? = nil, mimeType: String = "",
        status: Int = 200, responseHeaders: [(String, String)] = [], responseBody: String = "", responseType: String = "application/json",
        started: String = "2026-03-01T10:00:00.000Z"
    ) -> HAREntry {
        HAREntry(
            startedDateTime: started, time: 1,
            request: HARRequest(
                method: method, url: url, headers: headers.map { HARNameValue(name: $0.0, value: $0.1) },
                queryString: query(of: url).map { HARNameValue(name: $0.name, value: $0.value) },
                postData: body.map { HARPostData(mimeType: mimeType, text: $0) }),
            response: HARResponse(
                status: status, headers: responseHeaders.map { HARNameValue(name: $0.0, value: $0.1) },
                content: HARContent(size: responseBody.utf8.count, mimeType: responseType, text: responseBody)),
            timings: HARTimings(send: 0, wait: 1, receive: 0))
    }

    /// A log of `entries`.
    static func document(_ entries: [HAREntry]) -> HARDocument {
        HARDocument(log: HARLog(entries: entries))
    }

    private static func query(of url: String) -> [(name: String, value: String)] {
        guard let mark = url.firstIndex(of: "?") else { return [] }
        return FormEncoding.decode(String(url[url.index(after: mark)...]))
    }
}
