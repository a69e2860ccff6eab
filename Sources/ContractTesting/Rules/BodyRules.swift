/// Body rules ready for lookup: picks the rule that applies to a value by the Pact weighting.
///
/// Each token of a rule path is weighed against the value's location: root 2, a matching name or
/// index 2, a wildcard 1, anything else 0; the weights multiply. A rule shorter than the location
/// still applies (rules cascade to children). The heaviest rule wins; ties go to the longer path.
struct BodyRules: Sendable {
    /// A selected rule and whether it reached the value by cascade from an ancestor.
    struct Selection {
        var path: RulePath
        var group: RuleGroup
        /// `false` when the rule path names the value itself.
        var cascaded: Bool
    }

    private var entries: [(path: RulePath, group: RuleGroup)]

    init(_ rules: [RulePath: RuleGroup]) {
        entries = rules.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// These rules plus one more, which takes precedence over an existing rule at the same path.
    func adding(_ group: RuleGroup, at path: RulePath) -> BodyRules {
        var copy = self
        copy.entries.removeAll { $0.path == path }
        copy.entries.append((path, group))
        return copy
    }

    /// The rule that applies at `location`, if any.
    func select(at location: ValuePath) -> Selection? {
        var best: (selection: Selection, weight: Int, length: Int)?
        for entry in entries {
            let weight = location.weight(of: entry.path.tokens, requireFullMatch: false)
            guard weight > 0 else { continue }
            let length = entry.path.tokens.count
            if let current = best, (current.weight, current.length) >= (weight, length) { continue }
            let direct = location.weight(of: entry.path.tokens, requireFullMatch: true) > 0
            best = (Selection(path: entry.path, group: entry.group, cascaded: !direct), weight, length)
        }
        return best?.selection
    }
}
