import MicroHTTP
import Stubbing
import Testing

@Suite struct StubIndexTests {
    static let started: @Sendable (String) -> String = { _ in StubMapping.startedState }

    func index(_ mappings: String...) throws -> StubIndex {
        StubIndex(try mappings.map(stub))
    }

    func answer(_ index: StubIndex, _ request: HTTPRequest, states: (String) -> String = started) -> String? {
        index.bestMatch(for: request, scenarioStates: states)?.mapping.name
    }

    @Test func highestPriorityWins() throws {
        let index = try index(
            #"{"name": "urgent", "priority": 1, "request": {"urlPathPattern": "/a/.*"}}"#,
            #"{"name": "default", "request": {"urlPath": "/a/b"}}"#,
            #"{"name": "low", "priority": 9, "request": {"urlPath": "/a/b"}}"#)
        #expect(answer(index, request("GET", "/a/b")) == "urgent")
    }

    @Test func amongEqualPrioritiesTheNewestWins() throws {
        let index = try index(
            #"{"name": "old", "request": {"urlPath": "/a"}}"#,
            #"{"name": "new", "request": {"method": "GET", "urlPath": "/a"}}"#,
            #"{"name": "other", "request": {"urlPath": "/b"}}"#)
        #expect(answer(index, request("GET", "/a")) == "new")
        #expect(answer(index, request("POST", "/a")) == "old")
    }

    @Test func nothingMatchingGivesNil() throws {
        let index = try index(#"{"name": "a", "request": {"method": "GET", "urlPath": "/a"}}"#)
        #expect(answer(index, request("GET", "/b")) == nil)
        #expect(answer(StubIndex.empty, request("GET", "/b")) == nil)
    }

    @Test func scenarioStateGatesMappings() throws {
        let index = try index(
            #"{"name": "fresh", "scenarioName": "token", "requiredScenarioState": "Started", "newScenarioState": "expired", "request": {"urlPath": "/t"}}"#,
            #"{"name": "expired", "scenarioName": "token", "requiredScenarioState": "expired", "request": {"urlPath": "/t"}}"#)
        #expect(answer(index, request("GET", "/t")) == "fresh")
        #expect(answer(index, request("GET", "/t"), states: { $0 == "token" ? "expired" : "Started" }) == "expired")
        #expect(answer(index, request("GET", "/t"), states: { _ in "gone" }) == nil)
    }

    @Test func bestMatchCarriesPathParameters() throws {
        let index = try index(#"{"name": "t", "request": {"urlPathTemplate": "/v2/contacts/{id}"}}"#)
        let found = try #require(index.bestMatch(for: request("GET", "/v2/contacts/4%202"), scenarioStates: Self.started))
        #expect(found.match.pathParameters == ["id": "4 2"])
        #expect(found.match.isExactMatch && found.match.distance == 0)
    }

    @Test func everyKindOfURLIsFoundThroughTheBuckets() throws {
        let index = try index(
            #"{"name": "url", "request": {"method": "GET", "url": "/kinds/url?x=1"}}"#,
            #"{"name": "urlPath", "request": {"method": "GET", "urlPath": "/kinds/path"}}"#,
            #"{"name": "urlPattern", "request": {"method": "GET", "urlPattern": "/kinds/pattern\\?.*"}}"#,
            #"{"name": "urlPathPattern", "request": {"method": "GET", "urlPathPattern": "/kinds/path-[0-9]+"}}"#,
            #"{"name": "template", "request": {"method": "GET", "urlPathTemplate": "/kinds/template/{id}"}}"#,
            #"{"name": "rootTemplate", "request": {"method": "GET", "urlPathTemplate": "/{tenant}/root"}}"#,
            #"{"name": "alternation", "request": {"method": "GET", "urlPathPattern": "/(alt|other)/x"}}"#,
            #"{"name": "anyURL", "request": {"method": "PUT"}}"#,
            #"{"name": "anyMethodPath", "request": {"urlPath": "/any/path"}}"#,
            #"{"name": "anyMethodPattern", "request": {"method": "ANY", "urlPathPattern": "/any/p[0-9]"}}"#,
            #"{"name": "short", "request": {"method": "GET", "urlPathPattern": "/s.*"}}"#,
            #"{"name": "optionalSlash", "request": {"method": "GET", "urlPathPattern": "/opt/?"}}"#,
            #"{"name": "wildcardFirst", "request": {"method": "GET", "urlPathTemplate": "/**/deep"}}"#)
        #expect(answer(index, request("GET", "/kinds/url?x=1")) == "url")
        #expect(answer(index, request("GET", "/kinds/url?x=2")) == nil)
        #expect(answer(index, request("GET", "/kinds/path?q=1")) == "urlPath")
        #expect(answer(index, request("GET", "/kinds/pattern?q=1")) == "urlPattern")
        #expect(answer(index, request("GET", "/kinds/path-12")) == "urlPathPattern")
        #expect(answer(index, request("GET", "/kinds/template/9")) == "template")
        #expect(answer(index, request("GET", "/acme/root")) == "rootTemplate")
        #expect(answer(index, request("GET", "/alt/x")) == "alternation")
        #expect(answer(index, request("GET", "/other/x")) == "alternation")
        #expect(answer(index, request("PUT", "/whatever/at/all")) == "anyURL")
        #expect(answer(index, request("DELETE", "/any/path")) == "anyMethodPath")
        #expect(answer(index, request("POST", "/any/p7")) == "anyMethodPattern")
        #expect(answer(index, request("GET", "/s")) == "short")
        #expect(answer(index, request("GET", "/sx/y")) == "short")
        #expect(answer(index, request("GET", "/opt")) == "optionalSlash")
        #expect(answer(index, request("GET", "/opt/")) == "optionalSlash")
        #expect(answer(index, request("GET", "/a/b/deep")) == "wildcardFirst")
        #expect(answer(index, request("POST", "/kinds/path")) == nil)
    }

    @Test func mappingsKeepTheirOrderAndAreFoundByID() throws {
        let index = try index(
            #"{"id": "00000000-0000-0000-0000-000000000001", "name": "one"}"#,
            #"{"id": "00000000-0000-0000-0000-000000000002", "name": "two"}"#)
        #expect(index.mappings.map(\.name) == ["one", "two"])
        #expect(index.mapping(id: "00000000-0000-0000-0000-000000000002")?.name == "two")
        #expect(index.mapping(id: "00000000-0000-0000-0000-00000000000A") == nil)
    }

    @Test func aRepeatedIDReplacesTheEarlierMapping() throws {
        let index = try index(
            #"{"id": "00000000-0000-0000-0000-00000000000a", "name": "first", "request": {"urlPath": "/a"}}"#,
            #"{"name": "middle", "request": {"urlPath": "/a"}}"#,
            #"{"id": "00000000-0000-0000-0000-00000000000A", "name": "replacement", "request": {"urlPath": "/a"}}"#)
        #expect(index.mappings.map(\.name) == ["middle", "replacement"])
        #expect(index.mapping(id: "00000000-0000-0000-0000-00000000000a")?.name == "replacement")
        #expect(answer(index, request("GET", "/a")) == "replacement")
    }

    @Test func nearMissesRankEveryStubByDistance() throws {
        let index = try index(
            #"{"name": "far", "request": {"method": "POST", "urlPath": "/zzzzzzzz"}}"#,
            #"{"name": "header-off", "request": {"method": "GET", "urlPath": "/v2/contacts", "headers": {"Accept": {"equalTo": "application/json"}}}}"#,
            #"{"name": "query-nearly", "request": {"method": "GET", "urlPath": "/v2/contacts", "queryParameters": {"expand": {"equalTo": "owner"}}}}"#,
            #"{"name": "medium", "request": {"method": "POST", "urlPath": "/v2/contacts"}}"#)
        let misses = index.nearMisses(for: request("GET", "/v2/contacts?expand=owners", headers: ["Accept": "text/html"]))
        #expect(misses.map(\.mapping.name) == ["query-nearly", "header-off", "medium"])
        #expect(misses[0].match.mismatches.map(\.part) == [.query("expand")])
        #expect(misses[1].match.mismatches.map(\.part) == [.header("Accept")])
        #expect(index.nearMisses(for: request("GET", "/"), limit: 1).count == 1)
        #expect(index.nearMisses(for: request("GET", "/"), limit: 0).isEmpty)
        #expect(index.nearMisses(for: request("GET", "/"), limit: 10).count == 4)
    }

    @Test func nearMissesExplainAScenarioInTheWrongState() throws {
        let index = try index(#"{"name": "gated", "scenarioName": "token", "requiredScenarioState": "expired", "request": {"urlPath": "/t"}}"#)
        let miss = try #require(index.nearMisses(for: request("GET", "/t"), scenarioStates: Self.started).first)
        #expect(!miss.match.isExactMatch)
        #expect(miss.match.mismatches == [
            Mismatch(part: .scenario("token"), expected: #"state "expired""#, actual: #"state "Started""#,
                reason: "the scenario is in another state")
        ])
        #expect(index.nearMisses(for: request("GET", "/t")).first?.match.isExactMatch == true)
    }

    @Test func aStubFoundByItsPathAloneGivesTheMatchAnEvaluationGives() throws {
        let plain = try stub(#"{"name": "plain", "request": {"method": "GET", "urlPath": "/a"}}"#)
        let index = StubIndex([plain])
        let found = try #require(index.bestMatch(for: request("GET", "/a"), scenarioStates: Self.started))
        #expect(found.match == plain.request.match(request("GET", "/a")))
        #expect(answer(index, request("GET", "/a?x=1")) == "plain", "urlPath ignores the query")
        #expect(answer(index, request("GET", "/a/")) == nil && answer(index, request("HEAD", "/a")) == nil)
    }

    @Test func stubsWithConditionsAndPlainStubsOnOnePathKeepPrecedence() throws {
        let index = try index(
            #"{"name": "plain", "request": {"method": "GET", "urlPath": "/a"}}"#,
            #"{"name": "json", "priority": 1, "request": {"method": "GET", "urlPath": "/a", "headers": {"Accept": {"equalTo": "application/json"}}}}"#,
            #"{"name": "any", "priority": 3, "request": {"method": "ANY", "urlPath": "/a", "queryParameters": {"v": {"equalTo": "2"}}}}"#,
            #"{"name": "gated", "priority": 2, "scenarioName": "s", "requiredScenarioState": "open", "request": {"method": "GET", "urlPath": "/a"}}"#)
        #expect(answer(index, request("GET", "/a")) == "plain")
        #expect(answer(index, request("GET", "/a", headers: ["Accept": "application/json"])) == "json")
        #expect(answer(index, request("GET", "/a?v=2")) == "any")
        #expect(answer(index, request("DELETE", "/a?v=2")) == "any")
        #expect(answer(index, request("GET", "/a"), states: { _ in "open" }) == "gated")
    }
}
