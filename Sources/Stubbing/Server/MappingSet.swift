import UnderstudyCore
import MicroHTTP

/// The mappings a stub server serves: those read from disk and those added through the admin
/// API, the index over both, and each mapping's prepared response. A value: the server swaps
/// it whole under its lock, and each request works on the copy it took (one shared, immutable
/// storage, so taking a copy costs a reference).
struct MappingSet: Sendable {
    private final class Storage: Sendable {
        let disk: [StubMapping]
        let added: [StubMapping]
        let files: BodyFiles
        let index: StubIndex
        /// By position in `index.mappings`; `nil` where the response cannot be prepared.
        let responses: [PreparedResponse?]
        /// The same responses, reachable without a reference count: `responses` keeps them
        /// alive as long as this storage lives.
        let borrowedResponses: [Unmanaged<PreparedResponse>?]
        /// Each mapping's id as the journal keeps it, by position.
        let references: [StubReference]
        /// Whether each mapping moves a scenario to a new state when it answers, by position.
        let transitionsScenario: [Bool]

        init(disk: [StubMapping], added: [StubMapping], files: BodyFiles) {
            self.disk = disk
            self.added = added
            self.files = files
            index = StubIndex(disk + added)
            responses = index.mappings.map { try? PreparedResponse($0.response, files: files) }
            borrowedResponses = responses.map { $0.map(Unmanaged.passUnretained) }
            references = index.mappings.map { StubReference(id: $0.id) }
            transitionsScenario = index.mappings.map { $0.scenarioName != nil && $0.newScenarioState != nil }
        }
    }

    private var storage: Storage

    init(disk: [StubMapping], files: BodyFiles) {
        storage = Storage(disk: disk, added: [], files: files)
    }

    /// The mappings read from disk.
    var disk: [StubMapping] { storage.disk }
    /// The mappings added through the admin API.
    var added: [StubMapping] { storage.added }
    /// The body files.
    var files: BodyFiles { storage.files }
    /// The index over every mapping.
    var index: StubIndex { storage.index }

    /// The position and match of the mapping that answers `request` (see
    /// ``StubIndex/bestMatchPosition(for:scenarioStates:)``), without copying the index.
    func bestMatch(for request: HTTPRequest, scenarioStates: (String) -> String) -> (position: Int, match: RequestMatch)? {
        storage.index.bestMatchPosition(for: request, scenarioStates: scenarioStates)
    }

    /// The mapping at `position` in ``index``.
    func mapping(at position: Int) -> StubMapping { storage.index.mappings[position] }

    /// Every mapping, disk first, in the order added.
    var all: [StubMapping] { disk + added }

    /// Calls `body` with the prepared response of the mapping at `position` in ``index``; a
    /// response that cannot be prepared any more (its body file was removed since it loaded)
    /// answers 500 saying why.
    func withPrepared<Result>(at position: Int, _ body: (PreparedResponse) -> Result) -> Result {
        if let prepared = storage.borrowedResponses[position] {
            return prepared._withUnsafeGuaranteedRef(body)
        }
        let mapping = index.mappings[position]
        do {
            return body(try PreparedResponse(mapping.response, files: files))
        } catch {
            let message = "stub \(mapping.displayName): \(error.path): \(error.reason)\n"
            return body(try! PreparedResponse(ResponseDefinition(status: 500, body: .text(message)), files: files))
        }
    }

    /// The id of the mapping at `position` in ``index``, as the journal keeps it.
    func reference(at position: Int) -> StubReference { storage.references[position] }

    /// Whether the mapping at `position` in ``index`` moves a scenario when it answers.
    func transitionsScenario(at position: Int) -> Bool { storage.transitionsScenario[position] }

    func mapping(id: String) -> StubMapping? {
        all.first { $0.id.caseInsensitiveEquals(id) }
    }

    /// Adds a mapping as the newest; a mapping with the same id is replaced.
    mutating func add(_ mapping: StubMapping) {
        let kept = { (existing: StubMapping) in !existing.id.caseInsensitiveEquals(mapping.id) }
        storage = Storage(disk: disk.filter(kept), added: added.filter(kept) + [mapping], files: files)
    }

    /// Replaces the mapping with `mapping.id` where it stands; returns false when there is none.
    mutating func replace(_ mapping: StubMapping) -> Bool {
        var disk = disk, added = added
        if let position = disk.firstIndex(where: { $0.id.caseInsensitiveEquals(mapping.id) }) {
            disk[position] = mapping
        } else if let position = added.firstIndex(where: { $0.id.caseInsensitiveEquals(mapping.id) }) {
            added[position] = mapping
        } else {
            return false
        }
        storage = Storage(disk: disk, added: added, files: files)
        return true
    }

    /// Removes the mapping with `id`; returns whether there was one.
    @discardableResult
    mutating func remove(id: String) -> Bool {
        let kept = { (existing: StubMapping) in !existing.id.caseInsensitiveEquals(id) }
        let disk = disk.filter(kept), added = added.filter(kept)
        guard disk.count + added.count != self.disk.count + self.added.count else { return false }
        storage = Storage(disk: disk, added: added, files: files)
        return true
    }

    /// Removes every mapping, from disk and added alike (until the next reset or reload).
    mutating func removeAll() {
        storage = Storage(disk: [], added: [], files: files)
    }

    /// Drops admin-added mappings and restores `disk` (what the files say).
    mutating func reset(to disk: [StubMapping], files: BodyFiles) {
        storage = Storage(disk: disk, added: [], files: files)
    }

    /// Replaces the disk mappings after a reload, keeping admin-added ones.
    mutating func replaceDisk(_ disk: [StubMapping], files: BodyFiles) {
        storage = Storage(disk: disk, added: added, files: files)
    }
}
