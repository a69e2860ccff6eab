import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

/// Content negotiation: plain JSON and versioned JSON from 2018-01-01 on are served.
@Suite struct LoketAcceptTests {
    @Test(arguments: [
        ("application/json", 200), ("application/json;version=2018-01-01", 200), ("application/json; version=\"2019-06-01\"", 200),
        ("*/*", 200), (nil, 200), ("text/html, application/xml;q=0.9, */*;q=0.8", 200),
        ("application/json;version=2017-01-01", 406), ("application/json;version=latest", 406), ("application/xml", 406),
    ] as [(String?, Int)])
    func acceptHeaderWithOrWithoutVersion(accept: String?, status: Int) throws {
        let fixture = try LoketFixture()
        let response = fixture.get("/v2/providers/employers", token: try fixture.token(), accept: accept)
        #expect(response.status == status)
        if status == 200 {
            #expect(response.headers["Content-Type"] == "application/json;version=2018-01-01")
            #expect(response.json["version"]?["resourceVersion"] == "2018-01-01")
        } else {
            #expect(response.json["message"]?.stringValue?.isEmpty == false)
        }
    }
}
