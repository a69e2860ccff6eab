import Foundation
import Testing
import MicroHTTP
import UnderstudyCore
@testable import Recording

@Suite struct RedactorTests {
    private func text(_ entry: HAREntry) -> String {
        String(decoding: HARDocument(log: HARLog(entries: [entry])).encoded(), as: UTF8.self)
    }

    @Test func theTokenOfATokenResponseAndTheBearerOfLaterRequestsShareAPlaceholder() {
        var redactor = Redactor()
        let token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl"
        let issued = redactor.redact(TestEntries.entry(
            "POST", "https://api.example/oauth/token", body: "grant_type=password&username=ada&password=hunter2!", mimeType: "application/x-www-form-urlencoded",
            responseBody: #"{"access_token":"\#(token)","token_type":"bearer","expires_in":3599}"#))
        let used = redactor.redact(TestEntries.entry("GET", "https://api.example/users", headers: [("Authorization", "Bearer \(token)")]))
        #expect(issued.response.content.text == #"{"access_token":"<redacted:access_token:1>","token_type":"bearer","expires_in":3599}"#)
        #expect(issued.request.postData?.text == "grant_type=password&username=ada&password=<redacted:password:1>")
        #expect(used.request.header("Authorization") == "Bearer <redacted:access_token:1>")
        #expect(issued.redactions.contains(RedactionRecord(name: "access_token", path: "response.content.text", field: "$.access_token", placeholder: "<redacted:access_token:1>")))
        #expect(!text(issued).contains(token) && !text(used).contains(token) && !text(issued).contains("hunter2!"))
    }

    @Test func basicCredentialsAreDecodedAndTheWholeValueReplaced() {
        var redactor = Redactor()
        let basic = Data("client-id:s3cr3t-pass".utf8).base64EncodedString()
        let first = redactor.redact(TestEntries.entry("POST", "https://api.example/token", headers: [("Authorization", "Basic \(basic)")]))
        let later = redactor.redact(TestEntries.entry("GET", "https://api.example/echo", responseBody: #"{"seen":"s3cr3t-pass","raw":"client-id:s3cr3t-pass"}"#))
        #expect(first.request.header("Authorization") == "Basic <redacted:basic:1>")
        #expect(first.redactions.map(\.name).sorted() == ["basic", "password"])
        #expect(later.response.content.text == #"{"seen":"<redacted:password:1>","raw":"<redacted:basic:1>"}"#)
    }

    @Test func afasTokenContentsAreKnownSecrets() {
        var redactor = Redactor()
        let xml = "<token><version>1</version><data>D5R3A8C0FFEE5678</data></token>"
        let header = "AfasToken " + Data(xml.utf8).base64EncodedString()
        let first = redactor.redact(TestEntries.entry("GET", "https://x.rest.afas.online/profitrestservices/connectors/Users", headers: [("Authorization", header)]))
        let later = redactor.redact(TestEntries.entry("GET", "https://x/", responseBody: "token D5R3A8C0FFEE5678 and \(xml)", responseType: "text/plain"))
        #expect(first.request.header("Authorization") == "AfasToken <redacted:AfasToken:1>")
        #expect(later.response.content.text == "token <redacted:AfasToken:1> and <redacted:AfasToken:1>")
    }

    @Test func urlEncodedQueryValuesAreReplacedInTheURLAndEverywhereElse() {
        var redactor = Redactor()
        let redacted = redactor.redact(TestEntries.entry(
            "GET", "https://api.example/search?q=x&api_key=a%2Bb%20c%2Fd&next=1",
            headers: [("X-Echo", "a+b c/d")], responseBody: #"{"echo":"https://api.example/search?api_key=a%2Bb+c%2Fd"}"#))
        #expect(redacted.request.url == "https://api.example/search?q=x&api_key=%3Credacted%3Aapi_key%3A1%3E&next=1")
        #expect(redacted.request.queryString.map(\.value) == ["x", "<redacted:api_key:1>", "1"])
        #expect(redacted.request.header("X-Echo") == "<redacted:api_key:1>")
        #expect(!text(redacted).contains("a+b c/d") && !text(redacted).contains("a%2Bb"))
    }

    @Test func aFormSentAsPlainTextIsRedactedFieldByField() {
        var redactor = Redactor()
        let body = "grant_type=refresh_token&client_id=loket-client&client_secret=S3cret+val/ue&refresh_token=r3fr3sh-T0k3n-fake-0001"
        let redacted = redactor.redact(TestEntries.entry("POST", "https://oauth.loket.nl/token", body: body, mimeType: "text/plain"))
        #expect(redacted.request.postData?.text
            == "grant_type=refresh_token&client_id=loket-client&client_secret=<redacted:client_secret:1>&refresh_token=<redacted:refresh_token:1>")
        #expect(!text(redacted).contains("S3cret") && !text(redacted).contains("r3fr3sh"))
    }

    @Test func jsonInsideAJSONStringIsRedactedAndReEscaped() throws {
        var redactor = Redactor()
        let body = #"{"payload": "{\"user\":\"ada\",\"password\":\"hunter2hunter2\"}", "n": 1}"#
        let redacted = redactor.redact(TestEntries.entry("POST", "https://x/api", body: body, mimeType: "application/json"))
        let json = try JSONValue(parsing: try #require(redacted.request.postData?.text))
        let inner = try JSONValue(parsing: try #require(json["payload"]?.stringValue))
        #expect(inner["password"] == "<redacted:password:1>")
        #expect(inner["user"] == "ada")
        #expect(!text(redacted).contains("hunter2"))
        #expect(redacted.request.postData?.text?.hasSuffix(#", "n": 1}"#) == true)
    }

    @Test func jsonEscapedOccurrencesOfAKnownSecretAreReplaced() {
        var redactor = Redactor()
        let secret = #"p@ss/w"rd-2026"#
        let first = redactor.redact(TestEntries.entry("POST", "https://x/login", body: "password=" + secret, mimeType: "application/x-www-form-urlencoded"))
        let later = redactor.redact(TestEntries.entry("GET", "https://x/me", responseBody: #"{"note":"it was p@ss\/w\"rd-2026","twice":"{\"n\":\"p@ss/w\\\"rd-2026\"}"}"#))
        #expect(first.request.postData?.text == "password=<redacted:password:1>")
        #expect(later.response.content.text == #"{"note":"it was <redacted:password:1>","twice":"{\"n\":\"<redacted:password:1>\"}"}"#)
    }

    @Test func knownSecretsAreReplacedInPathsHeadersAndRedirects() {
        var redactor = Redactor()
        _ = redactor.redact(TestEntries.entry("POST", "https://x/token", responseBody: #"{"refresh_token":"rt-5f2a9c7e1b"}"#))
        let later = redactor.redact(TestEntries.entry(
            "GET", "https://x/tokens/rt-5f2a9c7e1b/info", headers: [("X-Trace", "for rt-5f2a9c7e1b")], status: 302,
            responseHeaders: [("Location", "https://x/cb?state=1&code=auth-code-778899")]))
        #expect(later.request.url == "https://x/tokens/%3Credacted%3Arefresh_token%3A1%3E/info")
        #expect(later.request.header("X-Trace") == "for <redacted:refresh_token:1>")
        #expect(later.response.header("Location") == "https://x/cb?state=1&code=%3Credacted%3Acode%3A1%3E")
    }

    @Test func cookiesAreRedactedInHeadersAndCookieLists() {
        var redactor = Redactor()
        var recorded = TestEntries.entry(
            "GET", "https://x/", headers: [("Cookie", "session=abc123session; theme=dark")],
            responseHeaders: [("Set-Cookie", "session=new456session; Path=/; HttpOnly")])
        recorded.request.cookies = [HARCookie(name: "session", value: "abc123session")]
        recorded.response.cookies = [HARCookie(name: "session", value: "new456session", path: "/")]
        let redacted = redactor.redact(recorded)
        #expect(redacted.request.header("Cookie") == "session=<redacted:session:1>; theme=<redacted:theme:1>")
        #expect(redacted.request.cookies.first?.value == "<redacted:session:1>")
        #expect(redacted.response.header("Set-Cookie") == "session=<redacted:session:2>; Path=/; HttpOnly")
        #expect(redacted.response.cookies.first?.value == "<redacted:session:2>")
    }

    @Test func shortSecretsAreReplacedWhereNamedButNotInsideOtherWords() {
        var redactor = Redactor()
        let redacted = redactor.redact(TestEntries.entry(
            "GET", "https://x/cb?code=42&page=42", responseBody: #"{"page":42,"code":42,"total":420,"msg":"code 42"}"#))
        #expect(redacted.request.url == "https://x/cb?code=%3Credacted%3Acode%3A1%3E&page=42")
        #expect(redacted.response.content.text == #"{"page":42,"code":"<redacted:code:1>","total":420,"msg":"code 42"}"#)
    }

    @Test func namedSecretsInHeadersAndMoreNamesAreRedacted() {
        var redactor = Redactor(names: SecretNames(extraNames: ["IntegrationId"]))
        let redacted = redactor.redact(TestEntries.entry(
            "GET", "https://x/", headers: [("X-Api-Key", "key-1234567"), ("IntegrationId", "45963_140664"), ("Accept", "application/json")]))
        #expect(redacted.request.header("X-Api-Key") == "<redacted:X-Api-Key:1>")
        #expect(redacted.request.header("IntegrationId") == "<redacted:IntegrationId:1>")
        #expect(redacted.request.header("Accept") == "application/json")
    }

    @Test func numberingContinuesAfterAnExistingRecording() {
        var first = Redactor()
        let old = first.redact(TestEntries.entry("GET", "https://x/?token=first-token-value"))
        var next = Redactor()
        next.continueNumbering(after: HARLog(entries: [old]))
        let new = next.redact(TestEntries.entry("GET", "https://x/?token=second-token-value"))
        #expect(new.request.queryString.first?.value == "<redacted:token:2>")
    }

    @Test func redactingARedactedEntryChangesNothing() {
        var redactor = Redactor()
        let once = redactor.redact(TestEntries.entry(
            "POST", "https://x/token?code=abcdef", headers: [("Authorization", "Bearer tok-abcdef-123")], body: #"{"password":"pw-123456"}"#,
            mimeType: "application/json", responseBody: #"{"access_token":"at-987654321"}"#))
        var fresh = Redactor()
        let twice = fresh.redact(once)
        #expect(twice == once)
    }

    @Test func recordsAndTheSummaryNeverHoldTheValues() throws {
        var redactor = Redactor()
        let redacted = redactor.redact(TestEntries.entry("GET", "https://x/?access_token=tok-value-123456", headers: [("Authorization", "Bearer tok-value-123456")]))
        let records = String(decoding: JSONValueCoding.encode(redacted.redactions).serializedData(), as: UTF8.self)
        #expect(!records.contains("tok-value-123456"))
        let summary = RedactionSummary(entries: [redacted], names: redactor.names)
        #expect(summary.placeholders.map(\.placeholder) == ["<redacted:access_token:1>"])
        #expect(summary.placeholders.first?.occurrences == redacted.redactions.count)
    }
}
