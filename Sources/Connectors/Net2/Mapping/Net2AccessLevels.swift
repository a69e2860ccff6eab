import ConnectorRuntime
import UnderstudyCore

/// The access level ids of a door permission set (`{"accessLevels": [3, 5], "individualPermissions": []}`).
struct Net2AccessLevels: Sendable, Hashable {
    /// The ids in order.
    private(set) var ids: [Int]

    /// Reads the `accessLevels` of `set` (ids as numbers or strings).
    init(_ set: JSONValue) {
        ids = (set.member("accessLevels")?.arrayValue ?? []).compactMap { Int($0.plainText) }
    }

    /// Whether `id` is in the set.
    func contains(_ id: Int) -> Bool { ids.contains(id) }

    /// Adds `id`; `false` when it was there already.
    mutating func insert(_ id: Int) -> Bool {
        guard !ids.contains(id) else { return false }
        ids.append(id)
        return true
    }

    /// Removes `id`; `false` when it was not there.
    mutating func remove(_ id: Int) -> Bool {
        guard ids.contains(id) else { return false }
        ids.removeAll { $0 == id }
        return true
    }

    /// `set` with its `accessLevels` replaced by these ids; its other members (individual
    /// permissions) are sent back as read, as the original does.
    func applied(to set: JSONValue) -> JSONValue {
        var members = set.objectValue ?? [:]
        let key = members.keys.first { $0.lowercased() == "accesslevels" } ?? "accessLevels"
        members[key] = .array(ids.map { .integer(Int64($0)) })
        return .object(members)
    }
}
