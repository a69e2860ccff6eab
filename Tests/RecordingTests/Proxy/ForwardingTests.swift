import Foundation
import UnderstudyCore
import MicroHTTP
import Testing
@testable import Recording

@Suite struct ForwardingTests {
    @Test func targetsJoinTheUpstreamAndItsPathPrefix() {
        #expect(Forwarding.url(for: "/a?x=1", upstream: URL(string: "https://api.example")!)?.absoluteString == "https://api.example/a?x=1")
        #expect(Forwarding.url(for: "/a", upstream: URL(string: "https://api.example/base/")!)?.absoluteString == "https://api.example/base/a")
    }

    @Test func connectionHeadersAreNotRecordedAndHostNamesTheUpstream() {
        let request = HTTPRequest(method: "GET", target: "/", headers: [
            "Host": "127.0.0.1:8080", "Connection": "keep-alive", "Accept": "application/json", "Transfer-Encoding": "chunked",
        ])
        let headers = Forwarding.recordedHeaders(of: request, upstream: URL(string: "http://vendor.example:8103")!)
        #expect(headers.fields.map(\.name) == ["Accept", "Host"])
        #expect(headers["Host"] == "vendor.example:8103")
    }

    @Test func theUpstreamRequestCarriesMethodHeadersAndBodyButNotTransportHeaders() {
        let request = HTTPRequest(method: "PATCH", target: "/x", headers: [:], body: Data("{}".utf8))
        let headers: HTTPHeaders = ["Content-Type": "application/json", "Accept-Encoding": "gzip", "Content-Length": "2", "Host": "h"]
        let forwarded = Forwarding.upstreamRequest(request, url: URL(string: "http://h/x")!, headers: headers)
        #expect(forwarded.httpMethod == "PATCH")
        #expect(forwarded.httpBody == Data("{}".utf8))
        #expect(forwarded.value(forHTTPHeaderField: "Content-Type") == "application/json")
        #expect(forwarded.value(forHTTPHeaderField: "Accept-Encoding") == nil)
        #expect(forwarded.value(forHTTPHeaderField: "Host") == nil)
    }

    @Test func theClientGetsTheDecodedBodyWithoutTransferHeaders() {
        let answer = UpstreamAnswer(
            status: 200, headers: ["Content-Encoding": "gzip", "Content-Length": "37", "Content-Type": "text/plain", "Connection": "close"],
            body: Data("hello".utf8), wait: .zero, receive: .zero)
        let response = Forwarding.clientResponse(answer)
        #expect(response.headers.fields.map(\.name) == ["Content-Type"])
        #expect(response.bodyText == "hello")
    }

    @Test func setCookieValuesJoinedByURLSessionAreSplitAgain() {
        #expect(SetCookieSplitter.split("a=1; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT, b=2; HttpOnly") == [
            "a=1; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT", "b=2; HttpOnly",
        ])
        #expect(SetCookieSplitter.split("only=1") == ["only=1"])
    }
}
