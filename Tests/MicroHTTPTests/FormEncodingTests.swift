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
