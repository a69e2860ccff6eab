import EmulatorCore
import MicroHTTP
import UnderstudyCore

extension LoketState {
    /// Answers one page of `items` in Loket's collection envelope: the page's records under
    /// `_embedded` (an array), `currentPage` echoing `pageNumber`, `pageSize`, `totalPages`
    /// (at least 1, so a client looping until `totalPages == currentPage` stops on an empty
    /// list), `totalSize`, `version` and `messages`. Only the page's items are rendered.
    func list<Item>(_ items: [Item], _ call: LoketCall, render: (Item) -> JSONValue) -> HTTPResponse {
        var requested: [String: Int] = [:]
        for name in ["pageNumber", "pageSize"] {
            guard let text = call.queryValue(name) else { continue }
            guard let number = Int(text) else {
                return LoketResponse.badRequest("The value '\(text)' is not valid for \(name).", property: name)
            }
            requested[name] = number
        }
        let page: Page<Item>
        do {
            page = try configuration.pager.page(items, number: requested["pageNumber"], size: requested["pageSize"])
        } catch {
            let name = error.parameter == "page size" ? "pageSize" : "pageNumber"
            return LoketResponse.badRequest("\(name) \(error.reason).", property: name)
        }
        return LoketResponse.ok([
            "_embedded": .array(page.items.map(render)),
            "currentPage": .integer(Int64(page.pageNumber)),
            "pageSize": .integer(Int64(page.pageSize)),
            "totalPages": .integer(Int64(max(1, page.totalPages))),
            "totalSize": .integer(Int64(page.totalCount)),
            "version": ["obsoleteDate": .null, "resourceVersion": .string(LoketResponse.resourceVersion)],
            "messages": [],
        ])
    }
}
