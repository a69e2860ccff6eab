import UnderstudyCore
import EmulatorCore
import MicroHTTP
import Testing

@Suite struct RouterTests {
    private var router: Router<String> {
        var router = Router<String>(pathCase: .insensitive)
        router.add("GET", "/api/v1/users", "list")
        router.add("GET", "/api/v1/users/{id}", "one")
        router.add("put", "/api/v1/users/{id}", "update")
        router.add("GET", "/api/v1/users/customfieldnames", "fields")
        router.add("GET", "/api/v1/users/{id}/departments", "departments")
        return router
    }

    @Test func capturesPathParameters() throws {
        let match = try #require(router.match(method: "GET", rawPath: "/api/v1/users/1012/departments"))
        #expect(match.route == "departments")
        #expect(match.parameters == ["id": "1012"])
        #expect(match.template == "/api/v1/users/{id}/departments")
    }

    @Test func literalSegmentBeatsParameter() throws {
        #expect(router.match(method: "GET", rawPath: "/api/v1/users/customfieldnames")?.route == "fields")
        #expect(router.match(method: "GET", rawPath: "/api/v1/users/42")?.route == "one")
    }

    @Test func insensitiveRouterIgnoresCaseOfLiteralsAndMethods() {
        #expect(router.match(method: "get", rawPath: "/API/V1/Users/7")?.parameters == ["id": "7"])
        #expect(router.match(method: "PUT", rawPath: "/api/v1/users/7")?.route == "update")
    }

    @Test func sensitiveRouterComparesLiteralsExactly() {
        var router = Router<Int>()
        router.add("GET", "/Items", 1)
        #expect(router.match(method: "GET", rawPath: "/Items")?.route == 1)
        #expect(router.match(method: "GET", rawPath: "/items") == nil)
    }

    @Test func ignoresTrailingSlashAndDecodesParameters() {
        #expect(router.match(method: "GET", rawPath: "/api/v1/users/")?.route == "list")
        #expect(router.match(method: "GET", rawPath: "/api/v1/users/a%20b")?.parameters == ["id": "a b"])
    }

    @Test func matchesRequestsByTheirPathOnly() {
        let request = HTTPRequest(method: "GET", target: "/api/v1/users/5?expand=all")
        #expect(router.match(request)?.parameters == ["id": "5"])
    }

    @Test func noMatchGivesNilAndAllowedMethodsExplainWhy() {
        #expect(router.match(method: "DELETE", rawPath: "/api/v1/users/5") == nil)
        #expect(router.allowedMethods(rawPath: "/api/v1/users/5") == ["GET", "PUT"])
        #expect(router.match(method: "GET", rawPath: "/api/v2/users") == nil)
        #expect(router.allowedMethods(rawPath: "/api/v2/users").isEmpty)
    }
}
