import Testing

@testable import ConnectorRuntime

@Suite struct ConnectorMethodTests {
    @Test func knowsWhichMethodsRepeatSafelyAndWhichWrite() {
        #expect(ConnectorMethod.allCases.filter { !$0.isIdempotent } == [.post, .patch])
        #expect(ConnectorMethod.allCases.filter(\.isWrite) == [.post, .put, .patch, .delete])
    }
}
