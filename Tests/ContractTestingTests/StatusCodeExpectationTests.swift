import Testing

@testable import ContractTesting

@Suite struct StatusCodeExpectationTests {
    @Test(arguments: [
        ("information", 101, 200), ("success", 299, 300), ("redirect", 301, 400), ("clientError", 404, 500),
        ("serverError", 503, 499), ("nonError", 399, 400), ("error", 400, 399),
    ])
    func classesCoverTheirRanges(_ name: String, _ inside: Int, _ outside: Int) throws {
        let expectation = try #require(StatusCodeExpectation(name: name))
        #expect(expectation.accepts(inside))
        #expect(!expectation.accepts(outside))
        #expect(expectation.name == name)
    }

    @Test func listsAcceptExactlyTheirCodes() {
        #expect(StatusCodeExpectation.codes([200, 204]).accepts(204))
        #expect(!StatusCodeExpectation.codes([200, 204]).accepts(201))
        #expect(StatusCodeExpectation(name: "teapot") == nil)
    }
}
