import EmulatorCore
import Testing

@Suite struct ProviderStateCatalogTests {
    private var catalog: ProviderStateCatalog<Int> {
        var catalog = ProviderStateCatalog<Int>()
        catalog.add("an operator {username} exists", 1)
        catalog.add("user {id} exists", 2)
        catalog.add("user {id} has access level {level}", 3)
        catalog.add("a valid access token", 4)
        return catalog
    }

    @Test func capturesPlaceholdersIgnoringCase() throws {
        let operatorState = try #require(catalog.match("An operator System engineer exists"))
        #expect(operatorState.handler == 1)
        #expect(operatorState.captures == ["username": "System engineer"])
        let levelState = try #require(catalog.match("user 1012 has access level 3"))
        #expect(levelState.handler == 3)
        #expect(levelState.captures == ["id": "1012", "level": "3"])
    }

    @Test func matchesLiteralStatesAndTrimsWhitespace() {
        #expect(catalog.match("  a valid access token ")?.handler == 4)
        #expect(catalog.match("a valid access token please") == nil)
    }

    @Test func unknownNamesDoNotMatchAndTemplatesAreListed() {
        #expect(catalog.match("the moon is full") == nil)
        #expect(catalog.match("user  exists") == nil, "a placeholder captures at least one character")
        #expect(catalog.templates.count == 4)
        #expect(catalog.templates.first == "an operator {username} exists")
    }

    @Test func errorsReadClearly() {
        let error = ProviderStateError.unknownState(vendor: "net2", name: "x", known: ["a", "b"])
        #expect(error.description == "unknown net2 provider state \"x\"; known states: \"a\", \"b\"")
        #expect(ProviderStateError.missingParameter(state: "s", parameter: "id").description == "provider state \"s\" needs the parameter 'id'")
    }
}
