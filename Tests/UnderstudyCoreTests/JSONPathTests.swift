import Testing
import UnderstudyCore

@Suite struct JSONPathTests {
    static let document: JSONValue = [
        "id": 42,
        "name": "Ada",
        "email": nil,
        "odd key": "spaced",
        "tags": ["vip", "beta", "early"],
        "empty": [],
        "address": ["city": "London", "zip": "N1"],
        "orders": [
            ["id": 1, "total": 9.5, "status": "open", "lines": [["sku": "A"], ["sku": "B"]]],
            ["id": 2, "total": 30, "status": "closed", "lines": [["sku": "C"]]],
            ["id": 3, "total": 12, "status": "open", "lines": []],
        ],
    ]

    func evaluate(_ expression: String) throws -> [JSONValue] {
        try JSONPath(expression).evaluate(Self.document)
    }

    @Test func rootSelectsTheWholeDocument() throws {
        #expect(try evaluate("$") == [Self.document])
    }

    @Test func dotAndBracketNamesSelectMembers() throws {
        #expect(try evaluate("$.name") == ["Ada"])
        #expect(try evaluate("$['name']") == ["Ada"])
        #expect(try evaluate("$[\"name\"]") == ["Ada"])
        #expect(try evaluate("$['odd key']") == ["spaced"])
        #expect(try evaluate("$.address.city") == ["London"])
    }

    @Test func pathWithoutDollarIsReadFromTheRoot() throws {
        #expect(try evaluate("address.city") == ["London"])
    }

    @Test func missingMembersSelectNothing() throws {
        #expect(try evaluate("$.nope").isEmpty)
        #expect(try evaluate("$.name.first").isEmpty)
        #expect(try evaluate("$.tags.first").isEmpty)
    }

    @Test func nullMemberIsSelected() throws {
        #expect(try evaluate("$.email") == [nil])
    }

    @Test func indexesCountFromBothEnds() throws {
        #expect(try evaluate("$.tags[0]") == ["vip"])
        #expect(try evaluate("$.tags[-1]") == ["early"])
        #expect(try evaluate("$.tags[3]").isEmpty)
        #expect(try evaluate("$.tags[-4]").isEmpty)
        #expect(try evaluate("$.address[0]").isEmpty)
    }

    @Test func unionsSelectInTheOrderWritten() throws {
        #expect(try evaluate("$.tags[2,0]") == ["early", "vip"])
        #expect(try evaluate("$.address['zip','city']") == ["N1", "London"])
        #expect(try evaluate("$.address['zip', 'nope']") == ["N1"])
    }

    @Test func slicesFollowStartInclusiveEndExclusive() throws {
        #expect(try evaluate("$.tags[0:2]") == ["vip", "beta"])
        #expect(try evaluate("$.tags[1:]") == ["beta", "early"])
        #expect(try evaluate("$.tags[:1]") == ["vip"])
        #expect(try evaluate("$.tags[-2:]") == ["beta", "early"])
        #expect(try evaluate("$.tags[2:1]").isEmpty)
        #expect(try evaluate("$.tags[0:99]").count == 3)
    }

    @Test func wildcardsSelectElementsAndMemberValuesInKeyOrder() throws {
        #expect(try evaluate("$.tags[*]") == ["vip", "beta", "early"])
        #expect(try evaluate("$.address.*") == ["London", "N1"])
        #expect(try evaluate("$.address[*]") == ["London", "N1"])
        #expect(try evaluate("$.orders[*].id") == [1, 2, 3])
        #expect(try evaluate("$.name.*").isEmpty)
    }

    @Test func deepScanFindsEveryLevelInDocumentOrder() throws {
        #expect(try evaluate("$..sku") == ["A", "B", "C"])
        #expect(try evaluate("$..id") == [42, 1, 2, 3])
        #expect(try evaluate("$..city") == ["London"])
        #expect(try evaluate("$..lines[0].sku") == ["A", "C"])
        #expect(try evaluate("$.address..*") == ["London", "N1"])
        #expect(try evaluate("$..['zip']") == ["N1"])
    }

    @Test func definitePathsAreOnlyNamesAndSingleIndexes() throws {
        #expect(try JSONPath("$.orders[0].id").isDefinite)
        #expect(try JSONPath("$['a'][-1]").isDefinite)
        for indefinite in ["$.a[*]", "$.a.*", "$..a", "$.a[0,1]", "$.a['b','c']", "$.a[0:1]", "$.a[?(@.b)]"] {
            #expect(try !JSONPath(indefinite).isDefinite, "\(indefinite)")
        }
    }

    @Test func readFollowsJayway() throws {
        #expect(try JSONPath("$.name").read(Self.document) == "Ada")
        #expect(try JSONPath("$.nope").read(Self.document) == nil)
        #expect(try JSONPath("$.tags[*]").read(Self.document) == ["vip", "beta", "early"])
        #expect(try JSONPath("$.nope[*]").read(Self.document) == [])
    }

    @Test func expressionIsKeptAndIdentifiesThePath() throws {
        let path = try JSONPath("$.a.b")
        #expect(path.expression == "$.a.b")
        #expect(path.description == "$.a.b")
        #expect(path == (try JSONPath("$.a.b")))
        #expect(path != (try JSONPath("$.a")))
    }
}
