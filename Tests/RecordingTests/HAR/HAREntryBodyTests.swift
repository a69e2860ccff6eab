import Foundation
import Testing
@testable import Recording

@Suite struct HAREntryBodyTests {
    @Test func theTargetIsThePathAndQueryAsSentWithoutTheFragment() {
        let request = HARRequest(method: "GET", url: "https://api.example/a%20b/c?x=1&y=%2F#top")
        #expect(request.target == "/a%20b/c?x=1&y=%2F")
        #expect(HARRequest(method: "GET", url: "https://api.example").target == "/")
    }

    @Test func formParametersWithoutTextBecomeAFormBody() {
        let request = HARRequest(
            method: "POST", url: "https://x/login",
            postData: HARPostData(mimeType: "application/x-www-form-urlencoded", params: [HARParam(name: "user", value: "a b"), HARParam(name: "n")]))
        #expect(String(decoding: request.bodyData, as: UTF8.self) == "user=a+b&n=")
    }

    @Test func base64BodiesAreDecoded() {
        let content = HARContent(size: 3, mimeType: "application/octet-stream", text: "AAEC", encoding: "base64")
        #expect(content.data == Data([0, 1, 2]))
        let request = HARRequest(method: "PUT", url: "https://x/", postData: HARPostData(mimeType: "", text: "AAEC", encoding: "base64"))
        #expect(request.bodyData == Data([0, 1, 2]))
    }

    @Test func contentKeepsTextAsTextAndBinaryAsBase64() {
        #expect(HARContent(body: Data("hé".utf8), mimeType: "text/plain").text == "hé")
        let binary = HARContent(body: Data([0xFF, 0x00, 0x01]), mimeType: "image/png")
        #expect(binary.encoding == "base64")
        #expect(binary.data == Data([0xFF, 0x00, 0x01]))
    }

    @Test func headersAreFoundInAnyCase() {
        let request = HARRequest(method: "GET", url: "https://x/", headers: [HARNameValue(name: "content-type", value: "text/plain")])
        #expect(request.header("Content-Type") == "text/plain")
        let response = HARResponse(status: 200, headers: [HARNameValue(name: "LOCATION", value: "/next")])
        #expect(response.header("location") == "/next")
    }
}
