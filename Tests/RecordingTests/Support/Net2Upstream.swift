import Foundation
import Hosting
import Logging
import MicroHTTP
import Stubbing

/// The Net2 emulator on a free port, as a real upstream for the recorder.
final class Net2Upstream {
    let listener: Listener

    /// The operator, password and client id the seed data accepts.
    static let operatorName = "System engineer"
    static let password = "Net2Demo!"
    static let clientID = "7c6d9f3e-2b1a-4c8d-9e0f-1a2b3c4d5e6f"

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Stubs")
        listener = try VendorCatalog.listener(
            "net2", stubsRoot: root, configuration: .init(port: 0), options: StubServer.Options(),
            logger: Logger(label: "net2", factory: { _ in SwiftLogNoOpLogHandler() }))
        try listener.start()
    }

    var baseURL: String { listener.baseURL }

    /// The form body of a password grant.
    static var passwordGrant: String {
        FormEncoding.encode([
            ("username", operatorName), ("password", password), ("grant_type", "password"), ("client_id", clientID),
            ("scope", "offline_access"),
        ])
    }

    deinit {
        listener.stop()
    }
}
