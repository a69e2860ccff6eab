import Testing
import UnderstudyCore
@testable import ContractTesting

@Suite struct GeneratorCategoriesTests {
    @Test func readsEachCategoryAndOrdersBodyPathsParentFirst() {
        let categories = GeneratorCategories([
            "path": ["type": "Uuid"],
            "status": ["type": "RandomInt", "min": 200, "max": 299],
            "header": ["X-A": ["type": "RandomBoolean"]],
            "query": ["q": ["type": "RandomString", "size": 3]],
            "body": ["$.a.b": ["type": "Uuid"], "$.a": ["type": "Uuid"]],
        ])
        #expect(categories.problems.isEmpty)
        #expect(categories.path == .uuid(.lowerCaseHyphenated))
        #expect(categories.status == .randomInt(min: 200, max: 299))
        #expect(categories.headers.map(\.name) == ["X-A"])
        #expect(categories.query.map(\.name) == ["q"])
        #expect(categories.body.map(\.path.expression) == ["$.a", "$.a.b"])
    }

    @Test func listsWhatCannotBeRead() {
        let categories = GeneratorCategories(["body": ["a.b": ["type": "Uuid"]], "header": "nope"])
        #expect(categories.body.isEmpty)
        #expect(categories.problems == [
            "generators.body['a.b']: invalid rule path 'a.b': it must start with '$'",
            "generators.header: expected an object, found string",
        ])
    }

    @Test func noGeneratorsIsEmpty() {
        let categories = GeneratorCategories(nil)
        #expect(categories.path == nil && categories.body.isEmpty && categories.problems.isEmpty)
    }
}
