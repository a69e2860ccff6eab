import Testing
@testable import Stubbing

@Suite struct ComparisonHelperTests {
    private func decide(_ condition: String, method: String = "POST", target: String = "/?page=3&name=ada", body: String = #"{"age": 42, "price": 9.5, "name": "ada"}"#) throws -> String {
        try TemplateFixture.render("{{#if \(condition)}}yes{{else}}no{{/if}}", method: method, target: target, body: body)
    }

    @Test func equality() throws {
        #expect(try decide("(eq request.method 'POST')") == "yes")
        #expect(try decide("(eq request.method 'post')") == "no")
        #expect(try decide("(ne request.method 'GET')") == "yes")
        #expect(try decide("(neq request.method 'POST')") == "no")
        #expect(try decide("(eq request.query.name (jsonPath request.body '$.name'))") == "yes")
    }

    @Test func numbersCompareAsNumbersWhenOneSideIsAJSONNumber() throws {
        #expect(try decide("(eq (jsonPath request.body '$.age') 42)") == "yes")
        #expect(try decide("(eq (jsonPath request.body '$.age') '42.0')") == "yes")
        #expect(try decide("(eq request.query.page '3.0')") == "no")
        #expect(try decide("(eq request.query.page 3)") == "yes")
    }

    @Test func ordering() throws {
        #expect(try decide("(gt (jsonPath request.body '$.age') 18)") == "yes")
        #expect(try decide("(lt (jsonPath request.body '$.price') 10)") == "yes")
        #expect(try decide("(gt request.query.page 10)") == "no")
        #expect(try decide("(gte request.query.page 3)") == "yes")
        #expect(try decide("(lte request.query.page 2)") == "no")
        #expect(try decide("(lt request.query.name 'bob')") == "yes")
        #expect(try decide("(gt request.query.missing 0)") == "no")
        #expect(try decide("(lt request.query.missing 0)") == "no")
    }

    @Test func logic() throws {
        #expect(try decide("(and (eq request.method 'POST') request.query.page)") == "yes")
        #expect(try decide("(and request.query.page request.query.missing)") == "no")
        #expect(try decide("(or request.query.missing (gt request.query.page 2))") == "yes")
        #expect(try decide("(not request.query.missing)") == "yes")
    }

    @Test func asABlock() throws {
        #expect(try TemplateFixture.render("{{#eq request.method 'GET'}}get{{else}}other{{/eq}}") == "get")
        #expect(try TemplateFixture.render("{{#gt request.query.n 5}}big{{else}}small{{/gt}}", target: "/?n=2") == "small")
    }

    @Test func asAValue() throws {
        #expect(try TemplateFixture.render("{{eq request.method 'GET'}}/{{lt 2 1}}") == "true/false")
    }

    @Test func argumentErrors() {
        #expect(TemplateFixture.error("{{#if (eq request.method)}}x{{/if}}")?.reason.contains("eq takes 2 arguments") == true)
        #expect(TemplateFixture.error("{{#if (not)}}x{{/if}}")?.reason.contains("not takes 1 argument") == true)
        #expect(TemplateFixture.error("{{#if (and true)}}x{{/if}}")?.reason.contains("two or more") == true)
        #expect(TemplateFixture.error("{{#if (eq 1 2 strict=true)}}x{{/if}}")?.reason.contains("unknown argument 'strict'") == true)
    }
}
