import Foundation
import MicroHTTP
import UnderstudyCore

/// WireMock's admin API under `/__admin`: mappings, requests, scenarios, reset and shutdown.
struct AdminAPI {
    let server: StubServer

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let segments = request.path.split(separator: "/").dropFirst().map(String.init)
        switch (request.method, segments) {
        case ("GET", ["mappings"]): return listMappings()
        case ("POST", ["mappings"]): return createMapping(request)
        case ("DELETE", ["mappings"]): return deleteAllMappings()
        case ("POST", ["mappings", "reset"]): return resetMappings()
        case ("GET", ["mappings", let id]): return getMapping(id)
        case ("PUT", ["mappings", let id]): return updateMapping(id, request)
        case ("DELETE", ["mappings", let id]): return deleteMapping(id)
        case ("POST", ["reset"]): return resetAll()
        case ("GET", ["requests"]): return listRequests(request)
        case ("DELETE", ["requests"]): return clearRequests()
        case ("POST", ["requests", "reset"]): return clearRequests()
        case ("POST", ["requests", "count"]): return countRequests(request)
        case ("POST", ["requests", "find"]): return findRequests(request)
        case ("GET", ["requests", "unmatched"]): return unmatchedRequests()
        case ("GET", ["scenarios"]): return listScenarios()
        case ("POST", ["scenarios", "reset"]): return resetScenarios()
        case ("PUT", ["scenarios", let name, "state"]): return setScenarioState(name, request)
        case ("POST", ["shutdown"]): return shutdown()
        case ("POST", ["pact", "state-change"]): return changeProviderState(request)
        case (_, let path) where backendOwns(path):
            let rest = path.dropFirst().joined(separator: "/")
            return server.backend?.control(request, rest) ?? Self.error(404, "no admin route \(request.method) \(request.path)")
        default:
            return Self.error(404, "no admin route \(request.method) \(request.path)")
        }
    }

    // MARK: Mappings

    private func listMappings() -> HTTPResponse {
        let all = server.currentMappings
        return Self.json(["mappings": .array(all.map(\.json)), "meta": ["total": .integer(Int64(all.count))]])
    }

    private func createMapping(_ request: HTTPRequest) -> HTTPResponse {
        switch Self.parseMapping(request.body) {
        case .failure(let response): return response
        case .success(let mapping):
            server.mappings.withLock { $0.add(mapping) }
            return Self.json(mapping.json, status: 201)
        }
    }

    private func getMapping(_ id: String) -> HTTPResponse {
        guard let mapping = server.mappings.withLock({ $0.mapping(id: id) }) else {
            return Self.error(404, "no mapping with id \(id)")
        }
        return Self.json(mapping.json)
    }

    private func updateMapping(_ id: String, _ request: HTTPRequest) -> HTTPResponse {
        guard case .object(var object) = (try? JSONValue(parsing: request.body)) ?? .null else {
            return Self.error(422, "the body must be a JSON object (a stub mapping)")
        }
        object["id"] = .string(id)
        object.removeValue(forKey: "uuid")
        switch Self.parseMapping(JSONValue.object(object).serializedData()) {
        case .failure(let response): return response
        case .success(let mapping):
            let replaced = server.mappings.withLock { $0.replace(mapping) }
            return replaced ? Self.json(mapping.json) : Self.error(404, "no mapping with id \(id)")
        }
    }

    private func deleteMapping(_ id: String) -> HTTPResponse {
        let removed = server.mappings.withLock { $0.remove(id: id) }
        return removed ? Self.json([:]) : Self.error(404, "no mapping with id \(id)")
    }

    private func deleteAllMappings() -> HTTPResponse {
        server.mappings.withLock { set in
            for mapping in set.all { set.remove(id: mapping.id) }
        }
        return Self.json([:])
    }

    private func resetMappings() -> HTTPResponse {
        do {
            try server.resetMappingsToDisk()
            return Self.json([:])
        } catch {
            return Self.error(500, "stub files could not be read again: \(error)")
        }
    }

    private func resetAll() -> HTTPResponse {
        do {
            try server.resetMappingsToDisk()
        } catch {
            return Self.error(500, "stub files could not be read again: \(error)")
        }
        server.journal.clear()
        server.scenarios.reset()
        server.providerStates.withLock { $0.removeAll() }
        server.backend?.reset()
        return Self.json([:])
    }

    private func backendOwns(_ path: [String]) -> Bool {
        guard let name = server.backend?.name, let first = path.first else { return false }
        return first == name
    }

    // MARK: Pact provider states

    private func changeProviderState(_ request: HTTPRequest) -> HTTPResponse {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: request.body)
        } catch {
            return Self.error(400, "the body is not JSON: \(error)")
        }
        let change: ProviderStateChange
        switch ProviderStateChange.parse(json) {
        case .failure(let error): return Self.error(400, error.reason)
        case .success(let parsed): change = parsed
        }
        server.providerStates.withLock { states in
            states.removeAll { $0.state == change.state }
            if change.action == .setup { states.append(change) }
        }
        guard let backend = server.backend else { return Self.json([:]) }
        do {
            return Self.json(.object(try backend.applyProviderState(change)))
        } catch {
            return Self.error(400, "provider state '\(change.state)' could not be \(change.action == .setup ? "set up" : "torn down"): \(error)")
        }
    }

    // MARK: Requests

    private func listRequests(_ request: HTTPRequest) -> HTTPResponse {
        var entries = Array(server.journal.entries.reversed())
        if let since = request.queryValues("since").first.flatMap({ try? Date($0, strategy: .iso8601) }) {
            entries = entries.filter { $0.loggedDate >= since }
        }
        let total = entries.count
        if let limit = request.queryValues("limit").first.flatMap(Int.init) { entries = Array(entries.prefix(limit)) }
        return Self.json([
            "requests": .array(entries.map(\.serveEventJSON)),
            "meta": ["total": .integer(Int64(total))],
            "requestJournalDisabled": false,
        ])
    }

    private func clearRequests() -> HTTPResponse {
        server.journal.clear()
        return Self.json([:])
    }

    private func countRequests(_ request: HTTPRequest) -> HTTPResponse {
        switch matching(request) {
        case .failure(let response): return response
        case .success(let entries): return Self.json(["count": .integer(Int64(entries.count))])
        }
    }

    private func findRequests(_ request: HTTPRequest) -> HTTPResponse {
        switch matching(request) {
        case .failure(let response): return response
        case .success(let entries): return Self.json(["requests": .array(entries.map(\.loggedRequestJSON))])
        }
    }

    private func matching(_ request: HTTPRequest) -> Result<[JournalEntry], AdminFailure> {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: request.body)
        } catch {
            return .failure(AdminFailure(Self.error(422, "the body is not JSON: \(error)")))
        }
        do throws(StubValidationError) {
            let pattern = try RequestPattern(json: json, path: "$")
            return .success(server.journal.entries.filter { pattern.match($0.request).isExactMatch })
        } catch {
            return .failure(AdminFailure(Self.validationError(error)))
        }
    }

    private func unmatchedRequests() -> HTTPResponse {
        let entries = server.journal.entries.filter { !$0.wasMatched }
        return Self.json(["requests": .array(entries.map(\.loggedRequestJSON)), "requestJournalDisabled": false])
    }

    // MARK: Scenarios

    private func listScenarios() -> HTTPResponse {
        var possible: [String: Set<String>] = [:]
        for mapping in server.currentMappings {
            guard let name = mapping.scenarioName else { continue }
            possible[name, default: [ScenarioStore.initialState]].formUnion(
                [mapping.requiredScenarioState, mapping.newScenarioState].compactMap { $0 })
        }
        let scenarios = possible.keys.sorted().map { name -> JSONValue in
            [
                "id": .string(name), "name": .string(name),
                "state": .string(server.scenarios.state(of: name)),
                "possibleStates": .array(possible[name, default: []].sorted().map(JSONValue.string)),
            ]
        }
        return Self.json(["scenarios": .array(scenarios)])
    }

    private func resetScenarios() -> HTTPResponse {
        server.scenarios.reset()
        return Self.json([:])
    }

    private func setScenarioState(_ name: String, _ request: HTTPRequest) -> HTTPResponse {
        guard server.currentMappings.contains(where: { $0.scenarioName == name }) else {
            return Self.error(404, "no scenario named \(name)")
        }
        guard let state = (try? JSONValue(parsing: request.body))?["state"]?.stringValue else {
            return Self.error(422, "the body must be {\"state\": \"...\"}")
        }
        server.scenarios.setState(state, of: name)
        return Self.json([:])
    }

    private func shutdown() -> HTTPResponse {
        server.requestShutdown()
        return Self.json([:])
    }

    // MARK: Shapes

    private struct AdminFailure: Error {
        let response: HTTPResponse
        init(_ response: HTTPResponse) { self.response = response }
    }

    private static func parseMapping(_ body: Data) -> Result<StubMapping, HTTPResponse> {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: body)
        } catch {
            return .failure(Self.error(422, "the body is not JSON: \(error)"))
        }
        do throws(StubValidationError) {
            return .success(try StubMapping(json: json))
        } catch {
            return .failure(validationError(error))
        }
    }

    static func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        .json(value.serializedData(), status: status)
    }

    /// WireMock's error shape: `{"errors": [{"code", "source": {"pointer"}, "title", "detail"}]}`.
    static func error(_ status: Int, _ detail: String, pointer: String? = nil) -> HTTPResponse {
        var item: [String: JSONValue] = ["code": .integer(Int64(status == 422 ? 10 : status)), "title": .string(detail), "detail": .string(detail)]
        if let pointer { item["source"] = ["pointer": .string(pointer)] }
        return json(["errors": [.object(item)]], status: status)
    }

    static func validationError(_ error: StubValidationError) -> HTTPResponse {
        let pointer = error.path.replacingOccurrences(of: "$", with: "")
            .replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
            .split(separator: ".").map { "/" + $0 }.joined()
        return Self.error(422, error.reason, pointer: pointer.isEmpty ? "/" : pointer)
    }
}
