import Foundation
import EmulatorCore
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct VendorErrorTests {
    @Test func aspNetMessageBody() throws {
        let response = VendorError.message("User not found.", status: 404)
        #expect(response.status == 404)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(try JSONValue(parsing: response.body) == ["Message": "User not found."])
    }

    @Test func oauthBodyLeavesOutAMissingDescription() throws {
        #expect(try JSONValue(parsing: VendorError.oauth("invalid_grant", description: "bad").body)
            == ["error": "invalid_grant", "error_description": "bad"])
        #expect(try JSONValue(parsing: VendorError.oauth("unsupported_grant_type").body) == ["error": "unsupported_grant_type"])
    }

    @Test func tooManyRequestsCarriesRetryAfter() throws {
        let response = VendorError.tooManyRequests(retryAfterSeconds: 3, body: ["Message": "slow down"])
        #expect(response.status == 429)
        #expect(response.headers["Retry-After"] == "3")
    }

    @Test func jsonHelpers() throws {
        #expect(HTTPResponse.noContent.status == 204 && HTTPResponse.noContent.body.isEmpty)
        let response = HTTPResponse.json(value: [1, 2], status: 201, contentType: "application/hal+json", headers: ["X-A": "b"])
        #expect(response.status == 201)
        #expect(response.headers["Content-Type"] == "application/hal+json")
        #expect(response.headers["X-A"] == "b")
        #expect(response.bodyText == "[1,2]")
        #expect(try HTTPRequest(method: "POST", target: "/", body: Data(#"{"a":1}"#.utf8)).jsonBody() == ["a": 1])
    }
}
