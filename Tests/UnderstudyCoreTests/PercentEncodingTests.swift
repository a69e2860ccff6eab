import Testing
import UnderstudyCore

@Suite struct PercentEncodingTests {
    @Test func keepsOnlyUnreservedCharacters() {
        #expect(PercentEncoding.component("a-Z_0.9~") == "a-Z_0.9~")
        #expect(PercentEncoding.component("x = 'a&b' + ü/?") == "x%20%3D%20%27a%26b%27%20%2B%20%C3%BC%2F%3F")
        #expect(PercentEncoding.component("a b+c/d") == "a%20b%2Bc%2Fd")
    }

    @Test func writesFormSpacesAsPlus() {
        #expect(PercentEncoding.formComponent("System engineer+1") == "System+engineer%2B1")
    }

    @Test func encodesOnlyWhatAPathMayNotHold() {
        #expect(PercentEncoding.path("/a:b@c/d+e/f%g/ü") == "/a:b@c/d+e/f%25g/%C3%BC")
    }
}
