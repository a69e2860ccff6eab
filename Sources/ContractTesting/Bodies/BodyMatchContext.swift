/// What body comparison needs besides the two values: the rules and the strictness.
struct BodyMatchContext: Sendable {
    /// The body rules in force.
    var rules: BodyRules
    /// `true` for responses (extra keys, attributes and XML children are fine), `false` for requests.
    var allowUnexpectedKeys: Bool

    /// This context with `group` applied to every child of the collection at `location`
    /// (used by `eachValue`).
    func applying(_ group: RuleGroup, toChildrenOf location: ValuePath, wildcard: RulePath.Token) -> BodyMatchContext {
        var copy = self
        copy.rules = rules.adding(group, at: RulePath(tokens: location.rulePath.tokens + [wildcard]))
        return copy
    }
}
