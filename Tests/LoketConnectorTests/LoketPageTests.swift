import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite struct LoketPageTests {
    @Test func readsTheEnvelope() throws {
        let page = try LoketPage(
            envelope: ["_embedded": [["id": "a"], ["id": "b"]], "currentPage": 2, "pageSize": 2, "totalPages": 3, "totalSize": 6],
            path: "/v2/x", page: 2)
        #expect(page.items.count == 2)
        #expect(page.currentPage == 2)
        #expect(page.totalPages == 3)
    }

    @Test func anEmptyListIsOnePageEvenWhenLoketSaysZero() throws {
        let page = try LoketPage(envelope: ["_embedded": [], "currentPage": 1, "totalPages": 0], path: "/v2/x", page: 1)
        #expect(page.items.isEmpty)
        #expect(page.totalPages == 1)
        #expect(try LoketPage(envelope: ["_embedded": nil], path: "/v2/x", page: 1).items.isEmpty)
    }

    @Test func refusesWhatIsNotAnEnvelope() {
        #expect(throws: LoketConnectorError.unexpectedPage(path: "/v2/x", page: 1, reason: "expected a JSON object, found array")) {
            try LoketPage(envelope: [], path: "/v2/x", page: 1)
        }
        #expect(throws: LoketConnectorError.unexpectedPage(path: "/v2/x", page: 4, reason: "_embedded must be an array, found object")) {
            try LoketPage(envelope: ["_embedded": ["id": "a"]], path: "/v2/x", page: 4)
        }
    }
}
