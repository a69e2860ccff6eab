import UnderstudyCore
import Testing
@testable import MicroHTTP

@Suite struct FormEncodingTests {
    @Test func decodesPlusAndPercentEscapes() {
        let pairs = FormEncoding.decode("a=1&b=x+y&c=%C3%A9%26&d&e=")
        #expect(pairs.map(\.name) == ["a", "b", "c", "d", "e"])
        #expect(pairs.map(\.value) == ["1", "x y", "é&", "", ""])
    }

    @Test func keepsMalformedEscapes() {
        #expect(FormEncoding.decode("q=100%").first?.value == "100%")
    }

    @Test func roundTrips() {
        let pairs = [("grant_type", "password"), ("username", "System engineer"), ("password", "Net2Demo!&=")]
        let decoded = FormEncoding.decode(FormEncoding.encode(pairs))
        #expect(decoded.map(\.name) == pairs.map(\.0))
        #expect(decoded.map(\.value) == pairs.map(\.1))
    }
}

@Suite struct PercentDecodingTests {
    @Test func decodesPathsWithoutTurningPlusIntoSpace() {
        #expect(HTTPRequest(method: "GET", target: "/a%20b+c/%C3%A9?x=1").path == "/a b+c/é")
        #expect(HTTPRequest(method: "GET", target: "/plain/path").path == "/plain/path")
        #expect(HTTPRequest(method: "GET", target: "/bad%zz%4").path == "/bad%zz%4")
        #expect(HTTPRequest(method: "GET", target: "/end%41").path == "/endA")
    }

    @Test func splitsPathAndQuery() {
        let request = HTTPRequest(method: "GET", target: "/p?q=1?2")
        #expect(request.rawPath == "/p")
        #expect(request.rawQuery == "q=1?2")
        #expect(HTTPRequest(method: "GET", target: "/p").rawQuery == nil)
    }
}
