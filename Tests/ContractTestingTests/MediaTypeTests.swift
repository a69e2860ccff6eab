import Testing

@testable import ContractTesting

@Suite struct MediaTypeTests {
    @Test func parsesEssenceAndParameters() throws {
        let type = try #require(MediaType("Text/x-Okie; charset=iso-8859-1;\n    declaration=\"<950118.AEB0@XIson.com>\""))
        #expect(type.essence == "text/x-okie")
        #expect(type.parameters.map(\.name) == ["charset", "declaration"])
        #expect(type.parameters.last?.value == "<950118.AEB0@XIson.com>")
        #expect(MediaType("nonsense") == nil)
    }

    @Test(arguments: [
        ("application/json", "application/json; charset=UTF-8", true),
        ("application/json;charset=utf-8", "application/json; charset=UTF-8", true),
        ("application/json; charset=UTF-16", "application/json; charset=UTF-8", false),
        ("a/b; x=1; y=2", "a/b; y=2; x=1", true),
        ("a/b; x=One", "a/b; x=one", false),
        ("application/json", "application/xml", false),
    ])
    func isSatisfiedByTheSameTypeWithItsParameters(_ expected: String, _ actual: String, _ satisfied: Bool) throws {
        #expect(try #require(MediaType(expected)).isSatisfied(by: try #require(MediaType(actual))) == satisfied)
    }

    @Test(arguments: [
        ("application/json", MediaType.Kind.json), ("application/vnd.api+json", .json), ("text/xml", .xml),
        ("application/atom+xml", .xml), ("application/x-www-form-urlencoded", .form), ("text/plain", .text), ("image/png", .binary),
    ])
    func classifiesBodies(_ text: String, _ kind: MediaType.Kind) throws {
        #expect(try #require(MediaType(text)).kind == kind)
    }

    @Test func splitsOutsideQuotes() {
        #expect(MediaType.split(#"a, "b, c", d"#, on: ",") == ["a", #" "b, c""#, " d"])
    }
}
