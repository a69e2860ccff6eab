import EmulatorCore
import Testing

@Suite struct PagerTests {
    private let items = Array(1...23)

    @Test func slicesPagesWithTotals() throws {
        let pager = Pager(firstPageNumber: 1, defaultPageSize: 10, maximumPageSize: 100)
        let third = try pager.page(items, number: 3, size: nil)
        #expect(third == Page(items: [21, 22, 23], pageNumber: 3, pageSize: 10, totalCount: 23, totalPages: 3))
        #expect(try pager.page(items, number: nil, size: 5).items == [1, 2, 3, 4, 5])
        #expect(try pager.page(items, number: 9, size: 10).items.isEmpty)
        #expect(try pager.page([Int](), number: 1, size: 10).totalPages == 0)
    }

    @Test func zeroBasedPagers() throws {
        let pager = Pager(firstPageNumber: 0, defaultPageSize: 20)
        #expect(try pager.page(items, number: 1, size: nil).items == [21, 22, 23])
    }

    @Test func refusesBadNumbersAndSizes() throws {
        let pager = Pager(maximumPageSize: 50)
        let early = #expect(throws: PagingError.self) { try pager.page(items, number: 0, size: 10) }
        #expect(early?.description == "invalid page number: must be at least 1, got 0")
        #expect(throws: PagingError.self) { try pager.page(items, number: 1, size: 0) }
        #expect(throws: PagingError.self) { try pager.page(items, number: 1, size: 51) }
        #expect(try pager.page(items, number: Int.max, size: 50).items.isEmpty)
    }

    @Test func skipAndTake() {
        #expect(Array(Pager.slice(items, skip: 20, take: 10)) == [21, 22, 23])
        #expect(Array(Pager.slice(items, skip: 2, take: 2)) == [3, 4])
        #expect(Pager.slice(items, skip: 5, take: nil).count == 18)
        #expect(Pager.slice(items, skip: 99, take: 1).isEmpty)
        #expect(Array(Pager.slice(items, skip: -3, take: 1)) == [1])
    }
}
