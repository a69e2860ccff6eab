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

    @Test func theUpstreamRequestCarriesMethodHeadersAcceptEncodingAndBodyButNotHostOrLength() {
        let request = HTTPRequest(method: "PATCH", target: "/x", headers: [:], body: Data("{}".utf8))
        let headers: HTTPHeaders = ["Content-Type": "application/json", "Accept-Encoding": "gzip", "Content-Length": "2", "Host": "h"]
        let forwarded = Forwarding.upstreamRequest(request, url: URL(string: "http://h/x")!, headers: headers)
        #expect(forwarded.method == "PATCH")
        #expect(forwarded.body == Data("{}".utf8))
        #expect(forwarded.headers.fields.map(\.name) == ["Content-Type", "Accept-Encoding"])
    }

    @Test func aRequestWithoutBodyOrLengthIsSentWithoutBodyAndAnEmptyOneWithLengthZero() {
        let url = URL(string: "http://h/x")!
        let bare = HTTPRequest(method: "DELETE", target: "/x")
        #expect(Forwarding.upstreamRequest(bare, url: url, headers: bare.headers).body == nil)
        let empty = HTTPRequest(method: "POST", target: "/x", headers: ["Content-Length": "0"])
        #expect(Forwarding.upstreamRequest(empty, url: url, headers: empty.headers).body == Data())
    }

    @Test func theClientGetsTheBodyAsItCameWithItsContentEncodingButWithoutConnectionHeaders() {
        let zipped = Gzip.stored(Data("hello".utf8))
        let answer = UpstreamAnswer(
            status: 200, headers: ["Content-Encoding": "gzip", "Content-Length": "28", "Content-Type": "text/plain", "Connection": "close"],
            body: zipped, wait: .zero, receive: .zero)
        let response = Forwarding.clientResponse(answer)
        #expect(response.headers.fields.map(\.name) == ["Content-Encoding", "Content-Type"])
        #expect(response.body == zipped)
    }
}
