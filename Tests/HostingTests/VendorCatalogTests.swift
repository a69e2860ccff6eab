import Foundation
import Logging
import MicroHTTP
import Stubbing
import Testing
import UnderstudyCore
@testable import Hosting

@Suite struct VendorCatalogTests {
    private static let stubsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Stubs")

    private func net2(stubs: URL? = nil, settings: VendorSettings = VendorSettings()) throws -> Listener {
        try VendorCatalog.listener(
            "net2", stubsRoot: Self.stubsRoot, stubsDirectory: stubs, settings: settings,
            configuration: .init(port: 0), options: .init(clock: ManualClock()), logger: Logger(label: "test"))
    }

    private func tokenRequest() -> HTTPRequest {
        HTTPRequest(
            method: "POST", target: "/api/v1/authorization/tokens",
            headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Data("username=System+engineer&password=Net2Demo%21&grant_type=password&client_id=7c6d9f3e-2b1a-4c8d-9e0f-1a2b3c4d5e6f".utf8))
    }

    @Test func servesTheNet2EmulatorBehindItsStubs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("understudy-net2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mappings"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"request":{"method":"GET","urlPath":"/api/v1/departments"},"response":{"status":503,"body":"overridden"}}"#.utf8)
            .write(to: folder.appendingPathComponent("mappings/departments.json"))
        let listener = try net2(stubs: folder)
        let token = listener.stubs.handle(tokenRequest()).response
        #expect(token?.status == 200)
        let accessToken = try #require((try? JSONValue(parsing: token?.body ?? Data()))?["access_token"]?.stringValue)
        let users = listener.stubs.handle(HTTPRequest(method: "GET", target: "/api/v1/users", headers: ["Authorization": "Bearer \(accessToken)"]))
        #expect(users.response?.status == 200)
        #expect(listener.stubs.handle(HTTPRequest(method: "GET", target: "/api/v1/departments")).response?.bodyText == "overridden")
        #expect(listener.stubs.journal.entries.map(\.answeredBy) == ["net2", "net2", "stub"])
    }

    @Test func mountsTheEmulatorsControlsAndProviderStates() throws {
        let listener = try net2()
        let mfa = listener.stubs.handle(HTTPRequest(method: "PUT", target: "/__admin/net2/mfa", body: Data(#""code:123456""#.utf8)))
        #expect(mfa.response?.status == 200)
        let state = listener.stubs.handle(HTTPRequest(
            method: "POST", target: "/__admin/pact/state-change", body: Data(#"{"state":"a valid access token","action":"setup"}"#.utf8)))
        #expect(state.response?.status == 200)
        #expect((try? JSONValue(parsing: state.response?.body ?? Data()))?["accessToken"]?.stringValue?.isEmpty == false)
    }

    @Test func appliesStartupSettings() throws {
        #expect(throws: (any Error).self) { try net2(settings: VendorSettings(net2MFA: "sometimes")) }
        let listener = try net2(settings: VendorSettings(net2TokenRate: "1/1s"))
        #expect(listener.stubs.handle(tokenRequest()).response?.status == 200)
        #expect(listener.stubs.handle(tokenRequest()).response?.status == 429)
    }

    @Test func refusesAnUnknownVendor() {
        #expect(throws: VendorCatalogError.unknownVendor("acme", known: ["loket", "net2"])) {
            try VendorCatalog.emulator("acme", stubsRoot: Self.stubsRoot, settings: VendorSettings(), clock: ManualClock())
        }
    }

    @Test(arguments: ["loket", "net2"])
    func everyVendorAnswersHostileRequestsWithA4xxInItsOwnShape(vendor: String) throws {
        let listener = try VendorCatalog.listener(
            vendor, stubsRoot: Self.stubsRoot, stubsDirectory: nil, settings: VendorSettings(),
            configuration: .init(port: 0), options: .init(clock: ManualClock()), logger: Logger(label: "test"))
        let garbage = Data([0xFF, 0xFE, 0x00, 0x7B, 0x22])
        let requests = [
            HTTPRequest(method: "GET", target: "/%zz/%%/..%2F..%2Fetc%2Fpasswd"),
            HTTPRequest(method: "BREW", target: "/api/v1/users"),
            HTTPRequest(method: "GET", target: "/api/v1/users/99999999999999999999999", headers: ["Authorization": "Bearer x"]),
            HTTPRequest(method: "PUT", target: "/api/v1/users/1012", headers: ["Content-Type": "application/json"], body: garbage),
            HTTPRequest(method: "POST", target: "/api/v1/authorization/tokens", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: garbage),
            HTTPRequest(method: "POST", target: "/token", headers: ["Content-Type": "text/plain"], body: garbage),
            HTTPRequest(method: "GET", target: "/v2/providers/employers?pageNumber=-1&pageSize=99999999999", headers: ["Authorization": "Bearer"]),
        ]
        for request in requests {
            let response = try #require(listener.stubs.handle(request).response, "\(request.method) \(request.target)")
            #expect((400..<500).contains(response.status), "\(vendor): \(request.method) \(request.target) -> \(response.status)")
            let isJSON = (try? JSONValue(parsing: response.body)) != nil
            #expect(isJSON || response.status == 404, "\(vendor): \(request.method) \(request.target) answers JSON")
        }
    }

    @Test func servesOverHTTP() throws {
        let listener = try net2()
        try listener.start()
        defer { listener.stop() }
        #expect(listener.baseURL.hasPrefix("http://127.0.0.1:"))
        #expect(listener.http.port > 0)
    }
}
