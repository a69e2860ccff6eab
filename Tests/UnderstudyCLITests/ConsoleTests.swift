import Testing
@testable import UnderstudyCLI

struct ConsoleTests {
    @Test(arguments: [(0, "0 stubs"), (1, "1 stub"), (2, "2 stubs"), (10_000, "10000 stubs")])
    func countsANounInTheRightNumber(count: Int, expected: String) {
        #expect(counted(count, "stub") == expected)
    }

    @Test func pluralizesTheLastWordOfAPhrase() {
        #expect(counted(3, "body file") == "3 body files")
    }
}
