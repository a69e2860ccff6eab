import Foundation
import MicroHTTP
import Stubbing
import Testing
import UnderstudyCore

/// The example mapping files must be valid WireMock (checked against WireMock's own JSON
/// schema) and must load in Understudy.
@Suite struct WireMockSchemaTests {
    let validator: JSONSchemaValidator

    init() throws {
        validator = JSONSchemaValidator(schema: try JSONValue(parsing: ConformanceFiles.wireMockSchema()))
    }

    @Test func thereAreSeveralFixtures() throws {
        #expect(try ConformanceFiles.fixtureMappings().count >= 4)
    }

    @Test(arguments: try ConformanceFiles.fixtureMappings())
    func fixtureIsValidWireMock(file: URL) throws {
        let document = try JSONValue(parsing: Data(contentsOf: file))
        #expect(validator.validate(document) == [])
    }

    @Test(arguments: try ConformanceFiles.fixtureMappings())
    func fixtureLoadsInUnderstudy(file: URL) throws {
        let result = MappingFile.parse(try Data(contentsOf: file), file: file.lastPathComponent)
        #expect(throws: Never.self) { try result.get() }
    }

    @Test func journalRequestsHaveWireMocksLoggedRequestShape() throws {
        let request = HTTPRequest(
            method: "POST", target: "/people?page=2&tag=a&tag=b",
            headers: [
                "Host": "127.0.0.1:8443", "Cookie": "session=s1; theme=dark; tag=x; tag=y", "Accept": "a", "accept": "b",
                "Content-Type": "application/x-www-form-urlencoded",
            ],
            body: Data("name=Ada+Lovelace&tag=a&tag=b".utf8), remoteAddress: "127.0.0.2", scheme: "https")
        let entry = JournalEntry(loggedDate: Date(timeIntervalSince1970: 1_767_225_600), request: request, response: .text("ok"), answeredBy: "stub")
        var logged = try #require(entry.loggedRequestJSON.objectValue)
        // WireMock writes a header with one value as a string (the example of
        // `GET /__admin/requests/unmatched` in its documentation), and cookies likewise; the
        // schema describes the `{key, values}` form its reader also accepts. Those two are
        // checked against the written form (an array for a repeated name), the rest against the schema.
        let headers = logged.removeValue(forKey: "headers"), cookies = logged.removeValue(forKey: "cookies")
        #expect(validator.validate(.object(logged), against: "#/definitions/logged-request") == [])
        #expect(headers == [
            "Host": "127.0.0.1:8443", "Cookie": "session=s1; theme=dark; tag=x; tag=y", "Accept": ["a", "b"], "Content-Type": "application/x-www-form-urlencoded",
        ])
        #expect(cookies == ["session": "s1", "theme": "dark", "tag": ["x", "y"]])
        #expect(logged["scheme"] == "https")
        #expect(logged["clientIp"] == "127.0.0.2")
        #expect(logged["formParams"]?["name"] == ["key": "name", "values": ["Ada Lovelace"]])
        #expect(logged["formParams"]?["tag"]?["values"] == ["a", "b"])
        #expect(logged["queryParams"]?["tag"]?["values"] == ["a", "b"])
    }

    @Test func validatorAcceptsTheSmallestStub() throws {
        #expect(validator.validate(try json(#"{"request": {"method": "GET", "urlPath": "/ping"}, "response": {"body": "pong"}}"#)) == [])
    }

    @Test(arguments: [
        (#"{"request": {}, "surprise": 1}"#, "property \"surprise\" is not allowed"),
        (#"{"priority": 0}"#, "0.0 is below the minimum 1.0"),
        (#"{"priority": "high"}"#, "expected integer, found string"),
        (#"{"request": {"method": "get"}}"#, "does not match ^[A-Z]+$"),
        (#"{"response": {"status": "200"}}"#, "expected integer, found string"),
        (#"{"response": {"fault": "TIMEOUT"}}"#, #""TIMEOUT" is not one of"#),
        (#"{"response": {"base64Body": "***"}}"#, "does not match"),
        (#"{"request": {"headers": {"Accept": {"equalTo": "a", "contains": "b"}}}}"#, "2 of 25 oneOf branches match"),
        (#"{"request": {"headers": {"Accept": {"equalTo": 1}}}}"#, "0 of 25 oneOf branches match"),
        (#"{"request": {"basicAuthCredentials": {"username": "a"}}}"#, "missing required \"password\""),
        (#"{"response": {"delayDistribution": {"type": "uniform", "lower": 1}}}"#, "0 of 3 oneOf branches match"),
        (#"{"mappings": [{"request": {"urlPath": 5}}]}"#, "expected string, found number"),
        (#"{"mappings": [], "request": {}}"#, "0 of 2 oneOf branches match"),
    ])
    func validatorRejectsInvalidMappings(mapping: String, problem: String) throws {
        let errors = validator.validate(try json(mapping))
        #expect(errors.contains { $0.contains(problem) }, "\(errors)")
    }
}
