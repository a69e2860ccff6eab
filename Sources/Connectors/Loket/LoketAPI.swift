import ConnectorRuntime
import UnderstudyCore

/// The Loket API as one import uses it: authorised `GET`s of paged lists, at most the limiter's
/// number of requests at once, with an access token renewed once when Loket refuses it.
struct LoketAPI: Sendable {
    /// The HTTP clients, their base URL the API host, each on its own URL session; a request in
    /// limiter slot `n` goes through client `n % clients.count`.
    let clients: [ConnectorHTTPClient]
    /// The import's access token.
    let authorization: LoketAuthorization
    /// The bound on requests in flight.
    let limiter: LoketRequestLimiter
    /// The records asked for per page (the original connector asks for 250).
    let pageSize: Int

    /// Every record of the list at `path` (for example `/v2/providers/employers`): the first page,
    /// then, once it tells how many there are, all other pages at once; records in page order.
    func list(_ path: String) async throws -> [JSONValue] {
        let first = try await page(path, number: 1)
        guard first.totalPages > 1 else { return first.items }
        let rest = try await withThrowingTaskGroup(of: (Int, [JSONValue]).self) { group in
            for number in 2...first.totalPages {
                group.addTask { (number, try await page(path, number: number).items) }
            }
            var pages: [Int: [JSONValue]] = [:]
            for try await (number, items) in group { pages[number] = items }
            return pages
        }
        return first.items + (2...first.totalPages).flatMap { rest[$0] ?? [] }
    }

    /// Page `number` of the list at `path`.
    func page(_ path: String, number: Int) async throws -> LoketPage {
        let query = [(name: "pageSize", value: String(pageSize)), (name: "pageNumber", value: String(number))]
        let page = try LoketPage(envelope: try await get(path, query: query), path: path, page: number)
        if let current = page.currentPage, current != number {
            throw LoketConnectorError.unexpectedPage(path: path, page: number, reason: "Loket returned page \(current) instead")
        }
        return page
    }

    /// Sends an authorised `GET`; after a 401, renews the access token (unless another request
    /// already did) and sends it once more.
    private func get(_ path: String, query: [(name: String, value: String)]) async throws -> JSONValue {
        let token = try await authorization.token()
        do {
            return try await send(path, query: query, token: token)
        } catch let error as ConnectorHTTPError where error.status == 401 {
            return try await send(path, query: query, token: try await authorization.token(replacing: token))
        }
    }

    private func send(_ path: String, query: [(name: String, value: String)], token: LoketAccessToken) async throws -> JSONValue {
        var request = ConnectorRequest.get(path, query: query)
        request.authentication = .bearer(token.value)
        return try await limiter.withSlot { slot in try await clients[slot % clients.count].json(request) }
    }
}
