import Testing
import UnderstudyCore

@Suite struct JSONPathFilterTests {
    static let document: JSONValue = [
        "threshold": 10,
        "tags": ["vip", "beta", "VIP-2"],
        "people": [
            ["name": "Ada", "age": 36, "role": "admin", "email": "ada@example.com"],
            ["name": "Bob", "age": 17, "role": "user", "email": nil],
            ["name": "Cy", "age": 52.5, "role": "user"],
        ],
        "owner": ["name": "Ada", "active": false],
    ]

    func names(_ expression: String) throws -> [JSONValue] {
        try JSONPath(expression).evaluate(Self.document).compactMap { $0["name"] }
    }

    @Test func equalityOnCurrentElement() throws {
        #expect(try JSONPath("$.tags[?(@ == 'vip')]").evaluate(Self.document) == ["vip"])
        #expect(try JSONPath("$.tags[?(@ == \"nope\")]").evaluate(Self.document).isEmpty)
    }

    @Test func equalityAndInequalityOnMembers() throws {
        #expect(try names("$.people[?(@.role == 'user')]") == ["Bob", "Cy"])
        #expect(try names("$.people[?(@.role != 'user')]") == ["Ada"])
        #expect(try names("$.people[?(@.age == 36)]") == ["Ada"])
        #expect(try names("$.people[?(@.age == 36.0)]") == ["Ada"])
        #expect(try names("$.people[?(@.email == null)]") == ["Bob"])
    }

    @Test func inequalityHoldsWhenTheMemberIsMissing() throws {
        #expect(try names("$.people[?(@.email != 'ada@example.com')]") == ["Bob", "Cy"])
    }

    @Test func numericComparisons() throws {
        #expect(try names("$.people[?(@.age > 36)]") == ["Cy"])
        #expect(try names("$.people[?(@.age >= 36)]") == ["Ada", "Cy"])
        #expect(try names("$.people[?(@.age < 36)]") == ["Bob"])
        #expect(try names("$.people[?(@.age <= 36)]") == ["Ada", "Bob"])
        #expect(try names("$.people[?(@.age > -1.5e1)]").count == 3)
    }

    @Test func stringsOrderByCharactersAndNeverAgainstNumbers() throws {
        #expect(try names("$.people[?(@.name < 'B')]") == ["Ada"])
        #expect(try names("$.people[?(@.name > 1)]").isEmpty)
    }

    @Test func comparisonWithRootPath() throws {
        #expect(try names("$.people[?(@.age > $.threshold)]") == ["Ada", "Bob", "Cy"])
        #expect(try names("$.people[?(@.name == $.owner.name)]") == ["Ada"])
    }

    @Test func regexMatchesTheWholeText() throws {
        #expect(try names("$.people[?(@.email =~ /.*@example\\.com/)]") == ["Ada"])
        #expect(try names("$.people[?(@.email =~ /example/)]").isEmpty)
        #expect(try JSONPath("$.tags[?(@ =~ /vip.*/i)]").evaluate(Self.document) == ["vip", "VIP-2"])
        #expect(try names("$.people[?(@.age =~ /3\\d/)]") == ["Ada"])
        #expect(try JSONPath("$.people[?(@.name =~ /A\\/?da/)]").evaluate(Self.document).count == 1)
    }

    @Test func existenceIncludesNullValues() throws {
        #expect(try names("$.people[?(@.email)]") == ["Ada", "Bob"])
        #expect(try names("$.people[?(!@.email)]") == ["Cy"])
    }

    @Test func logicalOperatorsAndGroups() throws {
        #expect(try names("$.people[?(@.role == 'user' && @.age > 18)]") == ["Cy"])
        #expect(try names("$.people[?(@.role == 'admin' || @.age < 18)]") == ["Ada", "Bob"])
        #expect(try names("$.people[?(@.name == 'Cy' || @.role == 'admin' && @.age > 40)]") == ["Cy"])
        #expect(try names("$.people[?((@.name == 'Cy' || @.role == 'admin') && @.age > 40)]") == ["Cy"])
        #expect(try names("$.people[?(!(@.role == 'user'))]") == ["Ada"])
    }

    @Test func filterOnAnObjectTestsTheObjectItself() throws {
        #expect(try names("$.owner[?(@.name == 'Ada')]") == ["Ada"])
        #expect(try names("$.owner[?(@.name == 'Bob')]").isEmpty)
        #expect(try names("$.owner[?(@.active == false)]") == ["Ada"])
    }

    @Test func filterFollowedByMorePath() throws {
        #expect(try JSONPath("$.people[?(@.age > 30)].name").evaluate(Self.document) == ["Ada", "Cy"])
        #expect(try JSONPath("$..people[?(@.role == 'admin')].email").evaluate(Self.document) == ["ada@example.com"])
    }

    @Test func filterWithoutParenthesesIsAccepted() throws {
        #expect(try names("$.people[?@.role == 'admin']") == ["Ada"])
    }

    @Test func filterOnScalarSelectsNothing() throws {
        #expect(try JSONPath("$.threshold[?(@ > 1)]").evaluate(Self.document).isEmpty)
    }

    @Test func nestedFilterTestsForAnyMatch() throws {
        let document: JSONValue = ["groups": [["ids": [1, 2]], ["ids": [3]], ["ids": []]]]
        #expect(try JSONPath("$.groups[?(@.ids[?(@ > 2)])]").evaluate(document) == [["ids": [3]]])
        #expect(try JSONPath("$.groups[?(@.ids[*])]").evaluate(document).count == 2)
    }
}
