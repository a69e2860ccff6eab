import Testing

@testable import ConnectorRuntime

@Suite struct PercentEncodingTests {
    @Test func keepsOnlyUnreservedCharacters() {
        #expect(PercentEncoding.component("a-Z_0.9~") == "a-Z_0.9~")
        #expect(PercentEncoding.component("x = 'a&b' + ü/?") == "x%20%3D%20%27a%26b%27%20%2B%20%C3%BC%2F%3F")
    }

    @Test func writesFormSpacesAsPlus() {
        #expect(PercentEncoding.formComponent("System engineer+1") == "System+engineer%2B1")
    }
}
