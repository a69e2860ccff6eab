/// What one step of a JSONPath picks from a node.
enum JSONPathSelector: Sendable {
    /// `.key` or `['key']`: the member of an object.
    case name(String)
    /// `['a','b']`: several members of an object, in the order written.
    case names([String])
    /// `[n]`: an array element; negative counts from the end.
    case index(Int)
    /// `[a,b]`: several array elements, in the order written.
    case indices([Int])
    /// `[*]` or `.*`: every element of an array or every member value of an object.
    case wildcard
    /// `[start:end]`: a slice of an array; missing bounds mean the ends, negative ones count
    /// from the end.
    case slice(start: Int?, end: Int?)
    /// `[?(...)]`: the elements of an array (or the object itself) that satisfy the filter.
    case filter(JSONPathFilter)

    /// Appends what this selector picks from `node` to `results`.
    func select(from node: JSONValue, root: JSONValue, into results: inout [JSONValue]) {
        switch self {
        case .name(let name):
            if let value = node[name] { results.append(value) }
        case .names(let names):
            for name in names { if let value = node[name] { results.append(value) } }
        case .index(let index):
            if let value = Self.element(of: node, at: index) { results.append(value) }
        case .indices(let indices):
            for index in indices { if let value = Self.element(of: node, at: index) { results.append(value) } }
        case .wildcard:
            node.forEachChild { results.append($0) }
        case .slice(let start, let end):
            guard case .array(let items) = node else { return }
            let lower = Self.clamp(start ?? 0, count: items.count)
            let upper = Self.clamp(end ?? items.count, count: items.count)
            if lower < upper { results.append(contentsOf: items[lower..<upper]) }
        case .filter(let filter):
            switch node {
            case .array(let items):
                for item in items where filter.isSatisfied(current: item, root: root) { results.append(item) }
            case .object:
                if filter.isSatisfied(current: node, root: root) { results.append(node) }
            default:
                return
            }
        }
    }

    private static func element(of node: JSONValue, at index: Int) -> JSONValue? {
        guard case .array(let items) = node else { return nil }
        let position = index < 0 ? items.count + index : index
        guard items.indices.contains(position) else { return nil }
        return items[position]
    }

    private static func clamp(_ bound: Int, count: Int) -> Int {
        bound < 0 ? max(0, count + bound) : min(bound, count)
    }
}

/// One step of a JSONPath: a selector applied to the current nodes (`.x`, `[0]`) or to the
/// current nodes and all their descendants (`..x`).
struct JSONPathSegment: Sendable {
    /// What the step picks.
    var selector: JSONPathSelector
    /// Whether the step scans descendants (`..`).
    var isDescendant: Bool

    /// Whether this step picks at most one node from one node.
    var isDefinite: Bool {
        guard !isDescendant else { return false }
        switch selector {
        case .name, .index: return true
        default: return false
        }
    }

    /// Applies `segments` in turn, starting from `start`; `root` is what `$` means in filters.
    static func evaluate(_ segments: [JSONPathSegment], on start: JSONValue, root: JSONValue) -> [JSONValue] {
        var nodes = [start]
        for segment in segments {
            var next: [JSONValue] = []
            for node in nodes {
                if segment.isDescendant {
                    node.forEachNodeInTree { segment.selector.select(from: $0, root: root, into: &next) }
                } else {
                    segment.selector.select(from: node, root: root, into: &next)
                }
            }
            if next.isEmpty { return [] }
            nodes = next
        }
        return nodes
    }
}

extension JSONValue {
    /// Calls `body` with each array element, or each member value in sorted key order.
    fileprivate func forEachChild(_ body: (JSONValue) -> Void) {
        switch self {
        case .array(let items): items.forEach(body)
        case .object(let members): for key in members.keys.sorted() { body(members[key]!) }
        default: return
        }
    }

    /// Calls `body` with this value and then every value inside it, depth first, in document order.
    fileprivate func forEachNodeInTree(_ body: (JSONValue) -> Void) {
        body(self)
        forEachChild { $0.forEachNodeInTree(body) }
    }
}
