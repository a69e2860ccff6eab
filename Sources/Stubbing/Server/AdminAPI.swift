import Foundation
import MicroHTTP
import UnderstudyCore

/// WireMock's admin API under `/__admin`: mappings, requests, scenarios, settings, reset and shutdown.
struct AdminAPI {
    let server: StubServer

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let segments = request.path.split(separator: "/").dropFirst().map(String.init)
        let route = AdminRoute(method: request.method, segments: segments)
        if route.is("GET", "mappings") { return listMappings() }
        if route.is("POST", "mappings") { return createMapping(request) }
        if route.is("DELETE", "mappings") { return deleteAllMappings() }
        if route.is("POST", "mappings", "reset") { return resetMappings() }
        if let id = route.capture("GET", "mappings", "*") { return getMapping(id) }
        if let id = route.capture("PUT", "mappings", "*") { return updateMapping(id, request) }
        if let id = route.capture("DELETE", "mappings", "*") { return deleteMapping(id) }
        if route.is("POST", "reset") { return resetAll() }
        if route.is("GET", "requests") { return listRequests(request) }
        if route.is("DELETE", "requests") || route.is("POST", "requests", "reset") { return clearRequests() }
        if route.is("POST", "requests", "count") { return countRequests(request) }
        if route.is("POST", "requests", "find") { return findRequests(request) }
        if route.is("GET", "requests", "unmatched") { return unmatchedRequests() }
        if route.is("GET", "scenarios") { return listScenarios() }
        if route.is("POST", "scenarios", "reset") { return resetScenarios() }
        if let name = route.capture("PUT", "scenarios", "*", "state") { return setScenarioState(name, request) }
        if route.is("POST", "shutdown") { return shutdown() }
        if route.is("GET", "settings") { return settings() }
        if route.is("POST", "settings") || route.is("PUT", "settings") { return replaceSettings(request) }
        if route.is("PATCH", "settings") { return updateSettings(request) }
        if route.is("POST", "pact", "state-change") { return changeProviderState(request) }
        if backendOwns(segments) {
            let rest = segments.dropFirst().joined(separator: "/")
            if let answer = server.backend?.control(request, rest) { return answer }
        }
        return Self.error(404, "no admin route \(request.method) \(request.path)")
    }

    // MARK: Mappings

    private func listMappings() -> HTTPResponse {
        let all = server.currentMappings
        return Self.json(["mappings": .array(all.map(\.json)), "meta": ["total": .integer(Int64(all.count))]])
    }

    private func createMapping(_ request: HTTPRequest) -> HTTPResponse {
        switch parseMapping(request.body) {
        case .failure(let failure): return failure.response
        case .success(let mapping):
            server.withMappings { $0.add(mapping) }
            return Self.json(mapping.json, status: 201)
        }
    }

    private func getMapping(_ id: String) -> HTTPResponse {
        guard let mapping = server.mappings.mapping(id: id) else {
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
        switch parseMapping(JSONValue.object(object).serializedData()) {
        case .failure(let failure): return failure.response
        case .success(let mapping):
            let replaced = server.withMappings { $0.replace(mapping) }
            return replaced ? Self.json(mapping.json) : Self.error(404, "no mapping with id \(id)")
        }
    }

    private func deleteMapping(_ id: String) -> HTTPResponse {
        let removed = server.withMappings { $0.remove(id: id) }
        return removed ? Self.json([:]) : Self.error(404, "no mapping with id \(id)")
    }

    private func deleteAllMappings() -> HTTPResponse {
        server.withMappings { $0.removeAll() }
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
        // Pact verifiers call the route with an empty state for interactions that have none.
        guard !change.state.trimmingCharacters(in: .whitespaces).isEmpty else { return Self.json([:]) }
        var values: [String: JSONValue] = [:]
        if let backend = server.backend {
            do {
                values = try backend.applyProviderState(change)
            } catch {
                let verb = change.action == .setup ? "set up" : "torn down"
                return Self.error(400, "provider state '\(change.state)' could not be \(verb): \(error)")
            }
        }
        server.providerStates.withLock { states in
            states.removeAll { $0.state == change.state }
            if change.action == .setup { states.append(change) }
        }
        return Self.json(.object(values))
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
        case .failure(let failure): return failure.response
        case .success(let entries): return Self.json(["count": .integer(Int64(entries.count))])
        }
    }

    private func findRequests(_ request: HTTPRequest) -> HTTPResponse {
        switch matching(request) {
        case .failure(let failure): return failure.response
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
            let pattern = try RequestPattern(json: json)
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

    struct AdminFailure: Error {
        let response: HTTPResponse
        init(_ response: HTTPResponse) { self.response = response }
    }

    private func parseMapping(_ body: Data) -> Result<StubMapping, AdminFailure> {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: body)
        } catch {
            return .failure(AdminFailure(Self.error(422, "the body is not JSON: \(error)")))
        }
        let mapping: StubMapping
        do throws(StubValidationError) {
            mapping = try StubMapping(json: json)
        } catch {
            return .failure(AdminFailure(Self.validationError(error)))
        }
        do throws(PreparedResponse.Problem) {
            _ = try PreparedResponse(mapping.response, files: server.mappings.files)
        } catch {
            return .failure(AdminFailure(Self.validationError(StubValidationError(path: "$." + error.path, reason: error.reason))))
        }
        return .success(mapping)
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

/// A method and path split into segments, matched against literal segments and `*` captures.
private struct AdminRoute {
    let method: String
    let segments: [String]

    func `is`(_ method: String, _ pattern: String...) -> Bool {
        self.method == method && segments == pattern
    }

    func capture(_ method: String, _ pattern: String...) -> String? {
        guard self.method == method, segments.count == pattern.count else { return nil }
        var captured: String?
        for (segment, expected) in zip(segments, pattern) {
            if expected == "*" { captured = segment.removingPercentEncoding ?? segment } else if segment != expected { return nil }
        }
        return captured
    }
}
