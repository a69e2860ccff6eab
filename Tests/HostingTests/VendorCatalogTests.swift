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

    @Test func servesOverHTTP() throws {
        let listener = try net2()
        try listener.start()
        defer { listener.stop() }
        #expect(listener.baseURL.hasPrefix("http://127.0.0.1:"))
        #expect(listener.http.port > 0)
    }
}
