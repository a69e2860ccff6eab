import Testing

@testable import ConnectorRuntime

@Suite struct StringTrimmingTests {
    @Test func dropsWhitespaceAtBothEndsOnly() {
        #expect(" \t a b \n".trimmingWhitespace == "a b")
        #expect("   ".trimmingWhitespace == "")
        #expect("x".trimmingWhitespace == "x")
    }
}
