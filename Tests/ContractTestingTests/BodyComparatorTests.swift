import Foundation
import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct BodyComparatorTests {
    private func compare(_ expected: PactBody?, _ actual: String, type: String? = nil, rules: [RulePath: RuleGroup] = [:]) -> [PactMismatch]
    {
        BodyComparator(context: BodyMatchContext(rules: BodyRules(rules), allowUnexpectedKeys: true))
            .compare(expected: expected, expectedType: nil, actual: Data(actual.utf8), actualType: type)
    }

    @Test func anAbsentExpectedBodyAcceptsAnything() {
        #expect(compare(nil, "{\"a\":1}", type: "application/json").isEmpty)
    }

    @Test func anEmptyOrNullExpectedBodyNeedsAnEmptyActualBody() {
        for empty in [PactBody(content: .empty), PactBody(content: .json(.null))] {
            #expect(compare(empty, "").isEmpty)
            #expect(compare(empty, "null", type: "application/json").isEmpty)
            #expect(compare(empty, "{}", type: "application/json").map(\.reason) == ["Expected an empty body but received 2 byte(s)"])
        }
    }

    @Test func aMissingActualBodyIsAMismatch() {
        #expect(compare(.text("hello"), "").map(\.reason) == ["Expected a body but it was empty or missing"])
    }

    @Test func contentTypesMustBeOfTheSameKind() {
        #expect(compare(.json(["a": 1]), "{\"a\":1}", type: "application/hal+json; charset=utf-8").isEmpty)
        #expect(
            compare(.json(["a": 1]), "<a>1</a>", type: "application/xml").map(\.reason)
                == ["Expected a body of type 'application/json' but received 'application/xml'"])
        #expect(compare(.text("<a>1</a>", contentType: "text/xml"), "<a>1</a>", type: "application/xml").isEmpty)
    }

    @Test func detectsTheActualTypeWhenNoHeaderSaysIt() {
        #expect(compare(.json(["a": 1]), "{\"a\":1}").isEmpty)
        #expect(compare(.text("<a/>", contentType: "application/xml"), "<a/>").isEmpty)
    }

    @Test func reportsInvalidJSON() {
        let mismatches = compare(.json(["a": 1]), "{\"a\":", type: "application/json")
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.reason.hasPrefix("The body is not valid JSON") == true)
    }

    @Test func textBodiesCompareWholeOrByARootRule() {
        #expect(compare(.text("hi"), "hi", type: "text/plain").isEmpty)
        #expect(compare(.text("hi"), "ho", type: "text/plain").map(\.reason) == ["Expected body 'hi' but received 'ho'"])
        #expect(compare(.text("id-1"), "id-42", type: "text/plain", rules: [RulePath.root: RuleGroup([.regex("id-\\d+")])]).isEmpty)
    }

    @Test func formBodiesCompareByField() {
        let form = PactBody.text("a=1&b=2", contentType: "application/x-www-form-urlencoded")
        #expect(compare(form, "b=2&a=1", type: "application/x-www-form-urlencoded").isEmpty)
    }

    @Test func aRootContentTypeMatcherChecksTheBytes() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        let comparator = BodyComparator(
            context: BodyMatchContext(rules: BodyRules([RulePath.root: RuleGroup([.contentType("image/png")])]), allowUnexpectedKeys: true))
        let expected = PactBody(contentType: "image/png", content: .bytes(Data([1, 2])))
        #expect(comparator.compare(expected: expected, expectedType: nil, actual: png, actualType: nil).isEmpty)
        #expect(
            comparator.compare(expected: expected, expectedType: nil, actual: Data("text".utf8), actualType: nil).map(\.reason)
                == ["Expected content of type 'image/png' but detected 'text/plain'"])
    }

    @Test func binaryBodiesCompareBytes() {
        let expected = PactBody(contentType: "application/octet-stream", content: .bytes(Data([0, 1, 2])))
        let comparator = BodyComparator(context: BodyMatchContext(rules: BodyRules([:]), allowUnexpectedKeys: true))
        #expect(
            comparator.compare(expected: expected, expectedType: nil, actual: Data([0, 1, 2]), actualType: "application/octet-stream")
                .isEmpty)
        #expect(
            comparator.compare(expected: expected, expectedType: nil, actual: Data([0, 1, 3]), actualType: "application/octet-stream").count
                == 1)
    }
}
