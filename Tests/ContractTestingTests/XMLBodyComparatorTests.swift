import Foundation
import Testing

@testable import ContractTesting

@Suite struct XMLBodyComparatorTests {
    private func compare(
        _ expected: String, _ actual: String, rules: [String: RuleGroup] = [:], response: Bool = false
    ) throws -> [PactMismatch] {
        var parsed: [RulePath: RuleGroup] = [:]
        for (path, group) in rules { parsed[try RulePath(path)] = group }
        return XMLBodyComparator(context: BodyMatchContext(rules: BodyRules(parsed), allowUnexpectedKeys: response))
            .compareRoots(try XMLElementTree.parse(Data(expected.utf8)), try XMLElementTree.parse(Data(actual.utf8)))
    }

    @Test func differentlyNamedChildrenMayComeInAnyOrder() throws {
        #expect(try compare("<a><x/><y/></a>", "<a><y/><x/></a>").isEmpty)
        #expect(try compare("<a><x>1</x><x>2</x></a>", "<a><x>2</x><x>1</x></a>").map(\.path) == ["$.a.x[0].#text", "$.a.x[1].#text"])
    }

    @Test func requestsRejectExtraAttributesAndChildrenResponsesAllowThem() throws {
        let expected = #"<a id="1"><x/></a>"#
        let actual = #"<a id="1" extra="2"><x/><x/><z/></a>"#
        #expect(
            try compare(expected, actual).map(\.reason) == [
                "Unexpected attribute extra", "Unexpected child element <x> (expected 1, received 2)", "Unexpected child element <z>",
            ])
        #expect(try compare(expected, actual, response: true).isEmpty)
    }

    @Test func typeRulesLetGroupsGrowButRejectStrangers() throws {
        let rules = ["$.people": RuleGroup([.type(min: 1, max: nil)])]
        #expect(
            try compare("<people><person>Ann</person></people>", "<people><person>Bo</person><person>Cy</person></people>", rules: rules)
                .isEmpty)
        #expect(
            try compare(
                "<people><person>Ann</person></people>", "<people><person>Bo</person><cat>Tom</cat></people>", rules: rules, response: true
            )
            .map(\.reason) == ["Unexpected child element <cat>"])
        #expect(
            try compare("<people><person>Ann</person></people>", "<people/>", rules: rules).map(\.reason)
                == ["Expected <people> to have at least 1 child element(s) but it has 0"])
    }

    @Test func rulesReachAttributesAndText() throws {
        let rules = ["$.a['@id']": RuleGroup([.integer]), "$.a.b['#text']": RuleGroup([.regex("[a-z]+")])]
        #expect(try compare(#"<a id="1"><b>x</b></a>"#, #"<a id="22"><b>yz</b></a>"#, rules: rules).isEmpty)
        #expect(
            try compare(#"<a id="1"><b>x</b></a>"#, #"<a id="x"><b>YZ</b></a>"#, rules: rules).map(\.path) == ["$.a.@id", "$.a.b.#text"])
    }

    @Test func elementNamesIncludeTheirNamespace() throws {
        #expect(try compare(#"<a xmlns="urn:x"/>"#, #"<p:a xmlns:p="urn:x"/>"#).isEmpty)
        #expect(try compare("<a/>", #"<a xmlns="urn:y"/>"#).map(\.reason) == ["Expected element <a> but received <{urn:y}a>"])
    }

    @Test func missingAttributesAndChildrenAreReported() throws {
        #expect(
            try compare(#"<a id="1"><b/></a>"#, "<a/>", response: true).map(\.reason)
                == ["Expected attribute id='1' but it was missing", "Expected child element <b> but it was missing"])
    }
}
