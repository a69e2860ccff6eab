import Foundation
import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ConnectorRequestBodyTests {
    @Test func writesEachKindWithItsContentType() throws {
        #expect(ConnectorRequestBody.json(["b": 1, "a": [true]]).data == Data(#"{"a":[true],"b":1}"#.utf8))
        #expect(ConnectorRequestBody.form([("user name", "a&b")]).data == Data("user+name=a%26b".utf8))
        #expect(ConnectorRequestBody.textForm([("a", "x y&"), ("b", "")]).data == Data("a=x y&&b=".utf8))
        #expect(ConnectorRequestBody.data(Data([1]), contentType: "application/octet-stream").contentType == "application/octet-stream")
        #expect(ConnectorRequestBody.textForm([]).contentType == "text/plain")
        struct Department: Encodable { var id: String }
        let encoded = try ConnectorRequestBody.encoding(Department(id: "0"))
        #expect(encoded.contentType == "application/json")
        #expect(encoded.data == Data(#"{"id":"0"}"#.utf8))
    }

    @Test func findsSecretsByName() {
        let json = ConnectorRequestBody.json([
            "challengeToken": "c", "code": 123, "user": ["password": "p", "name": "n"], "tokens": [["refresh_token": "r"]], "secret": nil,
        ])
        #expect(Set(json.secrets) == ["c", "123", "p", "r"])
        #expect(ConnectorRequestBody.form([("username", "u"), ("password", "p")]).secrets == ["p"])
        #expect(ConnectorRequestBody.data(Data("password=p".utf8), contentType: "text/plain").secrets.isEmpty)
    }
}
