import Testing
import UnderstudyCore
@testable import ContractTesting

@Suite struct JSONReplacementTests {
    private let document: JSONValue = ["a": [["b": 1], ["b": 2]], "c": ["d": 3, "e": 4]]

    private func replace(_ path: String) throws -> JSONValue {
        JSONReplacement.replacing(at: try RulePath(path).tokens[...], in: document) { _ in "X" }
    }

    @Test func replacesFieldsIndicesAndWildcards() throws {
        #expect(try replace("$.c.d") == ["a": [["b": 1], ["b": 2]], "c": ["d": "X", "e": 4]])
        #expect(try replace("$.a[1].b") == ["a": [["b": 1], ["b": "X"]], "c": ["d": 3, "e": 4]])
        #expect(try replace("$.a[*].b") == ["a": [["b": "X"], ["b": "X"]], "c": ["d": 3, "e": 4]])
        #expect(try replace("$.c.*") == ["a": [["b": 1], ["b": 2]], "c": ["d": "X", "e": "X"]])
        #expect(try replace("$") == "X")
    }

    @Test func pathsThatLeadNowhereChangeNothing() throws {
        #expect(try replace("$.missing.b") == document)
        #expect(try replace("$.a[9]") == document)
        #expect(try replace("$.c[0]") == document)
    }
}
