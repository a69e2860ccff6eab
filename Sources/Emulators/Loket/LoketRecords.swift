import Foundation

/// Records in one flat array, found by id through their positions. The array is the seed's own
/// until something changes it (copy-on-write), so indexing a large seed costs a position map,
/// not a second copy of the records.
struct LoketRecords<Record: Sendable>: Sendable {
    private var records: [Record]
    private var positions: [UUID: Int]

    /// Indexes `records` by `id`; of two records with one id, the later wins.
    init(_ records: [Record], id: (Record) -> UUID) {
        self.records = records
        positions = Dictionary(minimumCapacity: records.count)
        for (position, record) in records.enumerated() { positions[id(record)] = position }
    }

    /// The record with `id`.
    subscript(id: UUID) -> Record? {
        positions[id].map { records[$0] }
    }

    /// Stores `record` under `id`, replacing the one there; returns whether `id` was new.
    @discardableResult
    mutating func store(_ record: Record, id: UUID) -> Bool {
        if let position = positions[id] {
            records[position] = record
            return false
        }
        positions[id] = records.count
        records.append(record)
        return true
    }

    /// Forgets the record with `id` (its slot stays, unreachable).
    mutating func remove(_ id: UUID) {
        positions[id] = nil
    }
}

/// Records grouped under a parent id (an employment's periods, an employee's free fields), in one
/// flat array with each parent's positions in listing order; shared with the seed like
/// ``LoketRecords``.
struct LoketGroupedRecords<Record: Sendable>: Sendable {
    private var records: [Record]
    private var positions: [UUID: [Int]]

    /// Groups `records` by `parent`, keeping their order; records whose parent is `nil` are left out.
    init(_ records: [Record], parent: (Record) -> UUID?) {
        self.records = records
        positions = [:]
        for (position, record) in records.enumerated() {
            if let parent = parent(record) { positions[parent, default: []].append(position) }
        }
    }

    /// The records under `parent`, in order.
    subscript(parent: UUID) -> [Record] {
        (positions[parent] ?? []).map { records[$0] }
    }

    /// Makes `group` the records under `parent`.
    mutating func replace(_ parent: UUID, with group: [Record]) {
        positions[parent] = Array(records.count..<(records.count + group.count))
        records += group
    }
}
