import UnderstudyCore
import MicroHTTP
import Stubbing
import Testing

@Suite struct NearMissReportTests {
    @Test func showsTheRequestAndOneLinePerMismatchingPart() throws {
        let index = StubIndex([
            try stub(#"""
                {"id": "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41", "name": "acme-crm: get contact",
                 "request": {"method": "GET", "urlPathTemplate": "/v2/contacts/{contactId}",
                             "pathParameters": {"contactId": {"matches": "[0-9]+"}},
                             "queryParameters": {"expand": {"equalTo": "owner"}},
                             "headers": {"Authorization": {"matches": "Bearer .+"}}}}
                """#),
            try stub(#"{"id": "00000000-0000-0000-0000-000000000002", "request": {"method": "POST", "urlPath": "/v2/contacts"}}"#),
        ])
        let request = request("GET", "/v2/contacts/42?expand=owners",
            headers: ["Authorization": "Basic c2VjcmV0OnNlY3JldA==", "Accept": "application/json"], body: "{\"q\":1}")
        let report = NearMissReport.render(request: request, nearMisses: index.nearMisses(for: request, limit: 2))
        #expect(report == #"""
            No stub matched this request:

              GET /v2/contacts/42?expand=owners
              Authorization: Basic ****
              Accept: application/json

              {"q":1}

            Closest stubs:

            1. acme-crm: get contact (5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41)  [distance 0.06]
                 header "Authorization": expected matches "Bearer .+", found "Basic ****" (does not match the regular expression)
                 query "expand": expected equalTo "owner", found "owners" (not equal)

            2. 00000000-0000-0000-0000-000000000002  [distance 0.26]
                 method: expected POST, found GET (different method)
                 url: expected urlPath "/v2/contacts", found "/v2/contacts/42" (different path)

            """#)
        #expect(!report.contains("c2VjcmV0"))
    }

    @Test func saysSoWhenThereAreNoStubs() {
        let report = NearMissReport.render(request: request("GET", "/x"), nearMisses: [])
        #expect(report == "No stub matched this request:\n\n  GET /x\n\nThere are no stubs to compare it with.\n")
    }

    @Test func longAndBinaryBodiesAreShortened() {
        let long = NearMissReport.render(request: request("POST", "/x", body: String(repeating: "a", count: 1500)), nearMisses: [])
        #expect(long.contains(" ... (1500 characters)"))
        let binary = HTTPRequest(method: "POST", target: "/x", body: .init([0xFF, 0xFE, 0x00]))
        #expect(NearMissReport.render(request: binary, nearMisses: []).contains("(3 bytes of binary data)"))
    }
}
