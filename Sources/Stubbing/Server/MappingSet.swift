import UnderstudyCore
import MicroHTTP

/// The mappings a stub server serves: those read from disk and those added through the admin
/// API, the index over both, and each mapping's prepared response. A value: the server swaps
/// it whole under its lock, and each request works on the copy it took.
struct MappingSet: Sendable {
    private(set) var disk: [StubMapping]
    private(set) var added: [StubMapping] = []
    private(set) var files: BodyFiles
    private(set) var index: StubIndex
    private var responses: [String: PreparedResponse]

    init(disk: [StubMapping], files: BodyFiles) {
        self.disk = disk
        self.files = files
        self.index = StubIndex(disk)
        self.responses = [:]
        rebuild()
    }

    /// Every mapping, disk first, in the order added.
    var all: [StubMapping] { disk + added }

    /// The prepared response of a mapping in this set; a response that cannot be prepared any
    /// more (its body file was removed since it loaded) answers 500 saying why.
    func prepared(for mapping: StubMapping) -> PreparedResponse {
        if let prepared = responses[mapping.id] { return prepared }
        do {
            return try PreparedResponse(mapping.response, files: files)
        } catch {
            let message = "stub \(mapping.displayName): \(error.path): \(error.reason)\n"
            return try! PreparedResponse(ResponseDefinition(status: 500, body: .text(message)), files: files)
        }
    }

    func mapping(id: String) -> StubMapping? {
        all.first { $0.id.caseInsensitiveEquals(id) }
    }

    /// Adds a mapping as the newest; a mapping with the same id is replaced.
    mutating func add(_ mapping: StubMapping) {
        remove(id: mapping.id)
        added.append(mapping)
        rebuild()
    }

    /// Replaces the mapping with `mapping.id` where it stands; returns false when there is none.
    mutating func replace(_ mapping: StubMapping) -> Bool {
        if let position = disk.firstIndex(where: { $0.id.caseInsensitiveEquals(mapping.id) }) {
            disk[position] = mapping
        } else if let position = added.firstIndex(where: { $0.id.caseInsensitiveEquals(mapping.id) }) {
            added[position] = mapping
        } else {
            return false
        }
        rebuild()
        return true
    }

    /// Removes the mapping with `id`; returns whether there was one.
    @discardableResult
    mutating func remove(id: String) -> Bool {
        let before = disk.count + added.count
        disk.removeAll { $0.id.caseInsensitiveEquals(id) }
        added.removeAll { $0.id.caseInsensitiveEquals(id) }
        guard disk.count + added.count != before else { return false }
        rebuild()
        return true
    }

    /// Drops admin-added mappings and restores `disk` (what the files say).
    mutating func reset(to disk: [StubMapping], files: BodyFiles) {
        self.disk = disk
        self.files = files
        added = []
        rebuild()
    }

    /// Replaces the disk mappings after a reload, keeping admin-added ones.
    mutating func replaceDisk(_ disk: [StubMapping], files: BodyFiles) {
        self.disk = disk
        self.files = files
        rebuild()
    }

    private mutating func rebuild() {
        let mappings = all
        index = StubIndex(mappings)
        var prepared: [String: PreparedResponse] = [:]
        for mapping in mappings { prepared[mapping.id] = try? PreparedResponse(mapping.response, files: files) }
        responses = prepared
    }
}
