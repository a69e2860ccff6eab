import UnderstudyCore

/// One page of a Loket list: the records under `_embedded` and the paging numbers.
struct LoketPage: Sendable, Hashable {
    /// The page's records.
    var items: [JSONValue]
    /// The page Loket says it returned (`currentPage`), when it says.
    var currentPage: Int?
    /// How many pages the list has (`totalPages`); at least 1, so an empty list is one page.
    var totalPages: Int

    /// Reads a page from Loket's collection envelope. `_embedded` may be absent or `null` (no
    /// records); anything but an object, or `_embedded` that is not an array, is an error.
    init(envelope: JSONValue, path: String, page: Int) throws(LoketConnectorError) {
        guard case .object = envelope else {
            throw .unexpectedPage(path: path, page: page, reason: "expected a JSON object, found \(envelope.typeName)")
        }
        switch envelope["_embedded"] {
        case .none, .some(.null): items = []
        case .array(let records): items = records
        case .some(let other):
            throw .unexpectedPage(path: path, page: page, reason: "_embedded must be an array, found \(other.typeName)")
        }
        currentPage = envelope["currentPage"]?.intValue
        totalPages = max(1, envelope["totalPages"]?.intValue ?? 1)
    }
}
