import Testing
@testable import ContractTesting

@Suite struct URLEncodingTests {
    @Test func encodesOnlyWhatAPathMayNotHold() {
        #expect(URLEncoding.path("/a:b@c/d+e/f%g/ü") == "/a:b@c/d+e/f%25g/%C3%BC")
        #expect(URLEncoding.component("a b+c/d") == "a%20b%2Bc%2Fd")
    }
}
