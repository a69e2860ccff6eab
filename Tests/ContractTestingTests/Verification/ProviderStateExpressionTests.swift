import Testing
import UnderstudyCore
@testable import ContractTesting

@Suite struct ProviderStateExpressionTests {
    @Test func aLoneNameGivesTheValueItself() {
        #expect(ProviderStateExpression.evaluate("${id}", values: ["id": 7]) == .success(7))
        #expect(ProviderStateExpression.evaluate("${ id }", values: ["id": true]) == .success(true))
    }

    @Test func namesInTextAreWrittenIn() {
        let values: [String: JSONValue] = ["id": 7, "name": "Ada"]
        #expect(ProviderStateExpression.evaluate("/users/${id}/${name}", values: values) == .success("/users/7/Ada"))
        #expect(ProviderStateExpression.evaluate("no placeholders", values: values) == .success("no placeholders"))
        #expect(ProviderStateExpression.evaluate("${unclosed", values: values) == .success("${unclosed"))
    }

    @Test func missingNamesAreListed() {
        #expect(ProviderStateExpression.evaluate("${a}-${b}-${c}", values: ["b": 1]) == .failure(.init(names: ["a", "c"])))
    }
}
