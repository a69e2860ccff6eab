import Testing
import UnderstudyCore
@testable import MicroHTTP

struct HTTPRequestTests {
    private func request(host: String?, scheme: String = "http") -> HTTPRequest {
        HTTPRequest(method: "GET", target: "/a?x=1", headers: host.map { ["Host": $0] } ?? [:], scheme: scheme)
    }

    @Test(arguments: [
        ("api.example.com:8443", "https", "api.example.com", 8443),
        ("api.example.com", "https", "api.example.com", 443),
        ("api.example.com", "http", "api.example.com", 80),
        ("127.0.0.1:8101", "http", "127.0.0.1", 8101),
        ("[::1]:8080", "http", "[::1]", 8080),
        ("[::1]", "https", "[::1]", 443),
        ("host:port", "http", "host", 80),
    ])
    func splitsTheHostHeaderIntoHostAndPort(header: String, scheme: String, host: String, port: Int) {
        let split = request(host: header, scheme: scheme)
        #expect(split.host == host)
        #expect(split.port == port)
    }

    @Test func buildsItsURLFromTheSchemeTheHostHeaderAndTheTarget() {
        let secure = request(host: "api.example.com:8443", scheme: "https")
        #expect(secure.baseURL == "https://api.example.com:8443")
        #expect(secure.absoluteURL == "https://api.example.com:8443/a?x=1")
        let hostless = request(host: nil)
        #expect(hostless.baseURL == nil)
        #expect(hostless.absoluteURL == "http://localhost/a?x=1")
        #expect(hostless.host == "localhost")
        #expect(hostless.port == 80)
    }

    @Test func equalityIgnoresWhereTheRequestCameFrom() {
        var other = request(host: "a")
        other.remoteAddress = "10.0.0.1"
        other.scheme = "https"
        #expect(other == request(host: "a"))
    }
}
