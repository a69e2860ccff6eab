import EmulatorCore
import Foundation
import MicroHTTP
import UnderstudyCore

/// One connector under test: which vendor emulator it runs against, which contract its
/// traffic must keep, and its lifecycle scenarios.
///
/// A suite is registered in ``SuiteRegistry`` so `understudy verify` runs it.
public protocol ConnectorSuite: Sendable {
    /// The connector's name, as `understudy verify --connector NAME` takes it (for example `net2`).
    var name: String { get }
    /// The contract file in `Contracts/` that every exchange must keep.
    var contractFileName: String { get }
    /// The scenarios, in the order they run.
    var scenarios: [ConnectorScenario] { get }

    /// Builds a fresh emulator for one scenario run, reading seed data under `stubsRoot`.
    func makeEmulator(stubsRoot: URL, clock: any Clock) throws -> any VendorEmulator

    /// Whether a request only fetches a token (or another login step): such requests may be
    /// sent in a dry run, every other write may not.
    func isTokenRequest(_ request: HTTPRequest) -> Bool
}
