import UnderstudyCore

/// WireMock's `equalToJson` comparison: same JSON, optionally ignoring array order and extra
/// object members and array elements. Numbers compare by value (`1` equals `1.0`).
struct JSONComparison {
    /// Arrays match when their elements pair up in any order.
    var ignoreArrayOrder: Bool
    /// The actual value may have object members and trailing (or, ignoring order, any) array
    /// elements the expected value lacks.
    var ignoreExtraElements: Bool

    /// 0 when `actual` matches `expected`, else the share of the expected structure that differs
    /// (up to 1).
    func distance(expected: JSONValue, actual: JSONValue) -> Double {
        switch (expected, actual) {
        case (.object(let wanted), .object(let found)):
            var keys = Set(wanted.keys)
            if !ignoreExtraElements { keys.formUnion(found.keys) }
            guard !keys.isEmpty else { return 0 }
            var total = 0.0
            for key in keys {
                if let a = wanted[key], let b = found[key] { total += distance(expected: a, actual: b) } else { total += 1 }
            }
            return total / Double(keys.count)
        case (.array(let wanted), .array(let found)):
            let size = ignoreExtraElements ? wanted.count : max(wanted.count, found.count)
            guard size > 0 else { return 0 }
            if ignoreArrayOrder {
                return 1 - Double(pairedCount(wanted, found)) / Double(size)
            }
            var total = 0.0
            for position in 0..<size {
                if position < wanted.count, position < found.count {
                    total += distance(expected: wanted[position], actual: found[position])
                } else {
                    total += 1
                }
            }
            return total / Double(size)
        default:
            return expected.isEquivalent(to: actual) ? 0 : 1
        }
    }

    /// Whether `actual` matches `expected`.
    func matches(expected: JSONValue, actual: JSONValue) -> Bool {
        distance(expected: expected, actual: actual) == 0
    }

    /// The first difference in words (`$.tags[1]: expected "vip", found "beta"`), or `nil`.
    func firstDifference(expected: JSONValue, actual: JSONValue, at path: String = "$") -> String? {
        switch (expected, actual) {
        case (.object(let wanted), .object(let found)):
            for key in wanted.keys.sorted() {
                let child = JSONLocation(description: path).appending(key).description
                guard let value = found[key] else { return "\(child) is missing" }
                if let difference = firstDifference(expected: wanted[key]!, actual: value, at: child) { return difference }
            }
            if !ignoreExtraElements, let extra = found.keys.sorted().first(where: { wanted[$0] == nil }) {
                return "\(JSONLocation(description: path).appending(extra)) is not expected"
            }
            return nil
        case (.array(let wanted), .array(let found)):
            if found.count < wanted.count || (!ignoreExtraElements && found.count != wanted.count) {
                return "\(path): expected \(wanted.count) elements, found \(found.count)"
            }
            if ignoreArrayOrder {
                guard pairedCount(wanted, found) < wanted.count else { return nil }
                let unmatched = wanted.first { item in !found.contains { matches(expected: item, actual: $0) } }
                return "\(path): no element matches \(unmatched?.serialized() ?? "every expected element at once")"
            }
            for position in wanted.indices {
                let child = "\(path)[\(position)]"
                if let difference = firstDifference(expected: wanted[position], actual: found[position], at: child) {
                    return difference
                }
            }
            return nil
        default:
            if expected.isEquivalent(to: actual) { return nil }
            return "\(path): expected \(expected.serialized()), found \(actual.serialized())"
        }
    }

    /// How many expected elements can be paired with distinct matching actual elements
    /// (a maximum bipartite matching, by augmenting paths).
    private func pairedCount(_ wanted: [JSONValue], _ found: [JSONValue]) -> Int {
        let fits = wanted.map { item in found.indices.filter { matches(expected: item, actual: found[$0]) } }
        var owner = [Int?](repeating: nil, count: found.count)
        func assign(_ item: Int, _ visited: inout [Bool]) -> Bool {
            for slot in fits[item] where !visited[slot] {
                visited[slot] = true
                if owner[slot] == nil || assign(owner[slot]!, &visited) {
                    owner[slot] = item
                    return true
                }
            }
            return false
        }
        var paired = 0
        for item in wanted.indices {
            var visited = [Bool](repeating: false, count: found.count)
            if assign(item, &visited) { paired += 1 }
        }
        return paired
    }
}
