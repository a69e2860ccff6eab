/// Page slicing for vendors that page their lists (page number and size, or skip and take),
/// with the totals their envelopes report.
public struct Pager: Sendable, Hashable {
    /// The number of the first page (1 for most vendors, 0 for some).
    public var firstPageNumber: Int
    /// The page size when the client sends none.
    public var defaultPageSize: Int
    /// The largest page size accepted.
    public var maximumPageSize: Int

    /// Creates a pager.
    public init(firstPageNumber: Int = 1, defaultPageSize: Int = 25, maximumPageSize: Int = 1000) {
        self.firstPageNumber = firstPageNumber
        self.defaultPageSize = defaultPageSize
        self.maximumPageSize = maximumPageSize
    }

    /// The page `number` of `size` items (defaults when `nil`). A page past the end is empty;
    /// a number before the first page or a size outside 1...maximum throws.
    public func page<Element>(_ items: [Element], number: Int?, size: Int?) throws(PagingError) -> Page<Element> {
        let number = number ?? firstPageNumber
        let size = size ?? defaultPageSize
        guard number >= firstPageNumber else {
            throw PagingError(parameter: "page number", reason: "must be at least \(firstPageNumber), got \(number)")
        }
        guard (1...maximumPageSize).contains(size) else {
            throw PagingError(parameter: "page size", reason: "must be between 1 and \(maximumPageSize), got \(size)")
        }
        let (pagesBefore, overflow) = (number - firstPageNumber).multipliedReportingOverflow(by: size)
        let start = overflow ? items.count : min(pagesBefore, items.count)
        let end = min(start + size, items.count)
        return Page(
            items: Array(items[start..<end]), pageNumber: number, pageSize: size, totalCount: items.count,
            totalPages: (items.count + size - 1) / size)
    }

    /// The items after skipping `skip` and taking at most `take` (all the rest when `nil`).
    public static func slice<Element>(_ items: [Element], skip: Int, take: Int?) -> ArraySlice<Element> {
        let start = min(max(0, skip), items.count)
        let end = take.map { min(items.count, start + max(0, min($0, items.count))) } ?? items.count
        return items[start..<end]
    }
}

/// One page of a list, with the totals a paging envelope reports.
public struct Page<Element> {
    /// The items on this page.
    public var items: [Element]
    /// The page number, counted from the pager's first page number.
    public var pageNumber: Int
    /// The page size asked for.
    public var pageSize: Int
    /// The number of items over all pages.
    public var totalCount: Int
    /// The number of pages (0 for an empty list).
    public var totalPages: Int

    /// Creates a page.
    public init(items: [Element], pageNumber: Int, pageSize: Int, totalCount: Int, totalPages: Int) {
        self.items = items
        self.pageNumber = pageNumber
        self.pageSize = pageSize
        self.totalCount = totalCount
        self.totalPages = totalPages
    }
}

extension Page: Sendable where Element: Sendable {}
extension Page: Equatable where Element: Equatable {}

/// Why a paging request is invalid.
public struct PagingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The offending parameter, for example `page size`.
    public var parameter: String
    /// What is wrong with it.
    public var reason: String

    public var description: String { "invalid \(parameter): \(reason)" }
}
