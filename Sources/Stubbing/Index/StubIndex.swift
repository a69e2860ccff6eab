import MicroHTTP

/// An immutable, searchable set of stub mappings: the server swaps in a new index whenever the
/// stubs change.
///
/// Precedence is WireMock's: the highest priority wins (1 is highest); among equal priorities
/// the most recently added mapping wins. Requests only meet stubs that can match them: stubs are
/// bucketed by method (`ANY` apart) and by exact path, or by the first path segment their
/// pattern or template starts with.
///
/// A class, immutable once built: every request reaches it through one reference instead of
/// copying its tables.
public final class StubIndex: Sendable {
    /// The mappings in the order they were added (a mapping whose id repeats an earlier one
    /// replaces it and counts as added last).
    public let mappings: [StubMapping]
    private let positionsByID: [String: Int]
    /// Positions in ``mappings`` by precedence rank: rank 0 is tried first.
    private let precedence: [Int]
    /// Where each request's candidates are, as precedence ranks.
    private let routes: RouteTable
    /// Whether the stub of each precedence rank matches every request its route leads to: a
    /// `urlPath` stub with no other condition and no required scenario state. Such a stub
    /// needs no evaluation, so serving it reads nothing but this index.
    private let matchesOnRoute: [Bool]

    /// Indexes `mappings`, given in the order they were added.
    public init(_ mappings: [StubMapping]) {
        var latest: [String: Int] = [:]
        for (position, mapping) in mappings.enumerated() { latest[mapping.id] = position }
        let unique = mappings.enumerated().filter { latest[$0.element.id] == $0.offset }.map(\.element)
        self.mappings = unique
        positionsByID = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($0.element.id, $0.offset) })
        precedence = unique.indices.sorted { a, b in
            unique[a].priority != unique[b].priority ? unique[a].priority < unique[b].priority : a > b
        }
        routes = RouteTable(precedence.map { (unique[$0].request.method, unique[$0].request.url) })
        matchesOnRoute = precedence.map { unique[$0].requiredScenarioState == nil && unique[$0].request.matchesOnPathAlone }
    }

    /// An index without stubs.
    public static let empty = StubIndex([])

    /// The mapping with this id (any letter case), if any.
    public func mapping(id: String) -> StubMapping? {
        positionsByID[id.lowercased()].map { mappings[$0] }
    }

    /// The mapping that answers `request`, with its match (path parameters included), or `nil`.
    /// A mapping with a `requiredScenarioState` only matches while `scenarioStates` reports that
    /// state for its scenario (report ``StubMapping/startedState`` for unknown scenarios).
    public func bestMatch(
        for request: HTTPRequest, scenarioStates: (String) -> String
    ) -> (mapping: StubMapping, match: RequestMatch)? {
        bestMatchPosition(for: request, scenarioStates: scenarioStates).map { (mappings[$0.position], $0.match) }
    }

    /// Like ``bestMatch(for:scenarioStates:)``, with the mapping's position in ``mappings``
    /// (so that a caller keeping data per position needs no lookup by id).
    public func bestMatchPosition(
        for request: HTTPRequest, scenarioStates: (String) -> String
    ) -> (position: Int, match: RequestMatch)? {
        let rawPath = request.rawPath
        var candidates = routes.candidates(method: request.method, rawPath: rawPath)
        var input: MatchInput?
        while let rank = candidates.next(in: routes.ranks) {
            let position = precedence[rank]
            if matchesOnRoute[rank] { return (position, RequestMatch(isExactMatch: true, distance: 0)) }
            let mapping = mappings[position]
            if let scenario = mapping.scenarioName, !mapping.isEnabled(inScenarioState: scenarioStates(scenario)) {
                continue
            }
            if input == nil { input = MatchInput(request, rawPath: rawPath) }
            if let match = mapping.evaluate(input!, isDetailed: false) { return (position, match) }
        }
        return nil
    }

    /// Every mapping ranked by how close `request` comes to it, closest first (ties in
    /// precedence order), at most `limit` of them. With `scenarioStates`, a mapping waiting for
    /// another scenario state says so among its mismatches.
    public func nearMisses(for request: HTTPRequest, limit: Int = 3, scenarioStates: ((String) -> String)? = nil) -> [NearMiss] {
        guard limit > 0 else { return [] }
        let input = MatchInput(request)
        var ranked: [(rank: Int, miss: NearMiss)] = []
        for (rank, position) in precedence.enumerated() {
            let mapping = mappings[position]
            var match = mapping.evaluate(input, isDetailed: true)!
            if let scenario = mapping.scenarioName, let required = mapping.requiredScenarioState,
                let state = scenarioStates?(scenario), state != required
            {
                match.isExactMatch = false
                match.mismatches.append(Mismatch(part: .scenario(scenario), expected: "state \(required.quotedForReport)",
                    actual: "state \(state.quotedForReport)", reason: "the scenario is in another state"))
            }
            ranked.append((rank, NearMiss(mapping: mapping, match: match)))
        }
        ranked.sort { $0.miss.match.distance != $1.miss.match.distance ? $0.miss.match.distance < $1.miss.match.distance : $0.rank < $1.rank }
        return ranked.prefix(limit).map(\.miss)
    }
}
