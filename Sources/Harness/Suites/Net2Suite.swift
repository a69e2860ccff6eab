import EmulatorCore
import Foundation
import Hosting
import MicroHTTP
import UnderstudyCore

/// The Net2 connector against the Net2 emulator, its traffic checked against
/// `Contracts/understudy-net2-connector-net2.json`.
///
/// Scenarios: the full lifecycle of three people (one correlated through the seed's personnel
/// number 100234, two created) in one run on one token; MFA with a TOTP secret; ten concurrent
/// runs that hit the token route's rate limit and still all succeed; the not-found paths; and
/// permissions, sub-permissions and imports. The harness runs each again as a dry run.
public struct Net2Suite: ConnectorSuite {
    /// `net2`.
    public let name = "net2"
    /// `understudy-net2-connector-net2.json`.
    public let contractFileName = "understudy-net2-connector-net2.json"

    /// Creates the suite.
    public init() {}

    /// The scenarios, in the order they run.
    public var scenarios: [ConnectorScenario] {
        [
            ConnectorScenario("lifecycle of three people", run: Net2LifecycleScenario.run),
            ConnectorScenario("MFA with a TOTP secret", run: Net2MFAScenario.run),
            ConnectorScenario("burst of ten concurrent runs", run: Net2BurstScenario.run),
            ConnectorScenario("accounts that are not there", run: Net2NotFoundScenario.run),
            ConnectorScenario("permissions, sub-permissions and imports", run: Net2PermissionsScenario.run),
        ]
    }

    /// The Net2 emulator on the seed in `<stubsRoot>/net2/data`.
    public func makeEmulator(stubsRoot: URL, clock: any Clock) throws -> any VendorEmulator {
        try VendorCatalog.emulator("net2", stubsRoot: stubsRoot, settings: VendorSettings(), clock: clock)
    }

    /// The token route and the two MFA steps.
    public func isTokenRequest(_ request: HTTPRequest) -> Bool {
        Self.signInPaths.contains(request.path.lowercased())
    }

    private static let signInPaths: Set<String> = [
        "/api/v1/authorization/tokens", "/api/v1/authorization/mfa-request", "/api/v1/authorization/mfa-challenge",
    ]
}
