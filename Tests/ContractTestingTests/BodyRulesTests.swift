import Testing

@testable import ContractTesting

/// Rule selection by the V3 specification's weighting (its worked example for `$.item1.level[1].id`;
/// the table there gives `$.*.level[*].id` 16, but the product of its own factors 2·1·2·1·2 is 8).
@Suite struct BodyRulesTests {
    private let location = ValuePath.root.appending(key: "item1").appending(key: "level").appending(index: 1).appending(key: "id")

    private func weight(_ expression: String) throws -> Int {
        location.weight(of: try RulePath(expression).tokens, requireFullMatch: false)
    }

    @Test(arguments: [
        ("$", 2), ("$.item1", 4), ("$.item2", 0), ("$.item1.level", 8), ("$.item1.level[1]", 16),
        ("$.item1.level[1].id", 32), ("$.item1.level[1].name", 0), ("$.item1.level[2]", 0), ("$.item1.level[2].id", 0),
        ("$.item1.level[*].id", 16), ("$.*.level[*].id", 8),
    ])
    func weighsPathsAsTheSpecificationDoes(_ expression: String, _ expected: Int) throws {
        #expect(try weight(expression) == expected)
    }

    @Test func picksTheHeaviestRule() throws {
        let rules = BodyRules([
            try RulePath("$.item1.level[*].id"): RuleGroup([.type(min: nil, max: nil)]),
            try RulePath("$.item1.level[1].id"): RuleGroup([.integer]),
            try RulePath("$.*.level[*].id"): RuleGroup([.number]),
        ])
        #expect(rules.select(at: location)?.group == RuleGroup([.integer]))
        #expect(rules.select(at: location)?.cascaded == false)
    }

    @Test func cascadesFromAncestorsAndPrefersLongerPathsOnTies() throws {
        let rules = BodyRules([
            try RulePath("$.animals"): RuleGroup([.type(min: 1, max: nil)]),
            try RulePath("$.animals[*].*"): RuleGroup([.regex("\\w+")]),
        ])
        let name = ValuePath.root.appending(key: "animals").appending(index: 0).appending(key: "name")
        #expect(rules.select(at: name)?.group == RuleGroup([.regex("\\w+")]))
        let child = ValuePath.root.appending(key: "animals").appending(index: 0)
        let selected = rules.select(at: child)
        #expect(selected?.path.expression == "$.animals")
        #expect(selected?.cascaded == true)
        #expect(rules.select(at: ValuePath.root.appending(key: "other")) == nil)
    }

    @Test func xmlChildrenMayBeNamedWithOrWithoutPositions() throws {
        let second = ValuePath.root.appending(key: "animals")
            .appending(element: "alligator", position: 1, positionInGroup: 1, groupSize: 2).appending(key: "@phone")
        for expression in [
            "$.animals.alligator['@phone']", "$.animals[1].alligator['@phone']", "$.animals[*].alligator['@phone']",
            "$.animals.alligator[1]['@phone']",
        ] {
            #expect(second.weight(of: try RulePath(expression).tokens, requireFullMatch: true) > 0, "\(expression)")
        }
        #expect(second.weight(of: try RulePath("$.animals[0].alligator['@phone']").tokens, requireFullMatch: false) == 0)
        #expect(second.description == "$.animals.alligator[1].@phone")
    }

    @Test func addedRulesReplaceOnesAtTheSamePath() throws {
        let path = try RulePath("$.a")
        let rules = BodyRules([path: RuleGroup([.integer])]).adding(RuleGroup([.number]), at: path)
        #expect(rules.select(at: ValuePath.root.appending(key: "a"))?.group == RuleGroup([.number]))
    }
}
