import EmulatorCore
import Foundation
import MicroHTTP
import UnderstudyCore

/// The Loket source connector against the Loket emulator and
/// `Contracts/understudy-loket-connector-loket.json`: persons and departments of the seed
/// employer compared with `Tests/Fixtures/loket`, paging, an unknown employer, an access token
/// expiring mid-run, an employer without employees, and refresh-token rotation.
public struct LoketSuite: ConnectorSuite {
    /// `loket`.
    public let name = "loket"
    /// `understudy-loket-connector-loket.json`.
    public let contractFileName = "understudy-loket-connector-loket.json"

    /// Creates the suite.
    public init() {}

    /// The scenarios, in the order they run (see ``LoketSuiteScenarios``).
    public var scenarios: [ConnectorScenario] { LoketSuiteScenarios.all }

    /// The emulator seeded from `stubsRoot/loket/data`; the scenarios find their expected results
    /// in `Tests/Fixtures/loket` beside `stubsRoot`.
    public func makeEmulator(stubsRoot: URL, clock: any Clock) throws -> any VendorEmulator {
        try LoketSuiteEmulator(stubsRoot: stubsRoot, clock: clock)
    }

    /// `POST /token`: the refresh-token grant, the one write a dry run may send.
    public func isTokenRequest(_ request: HTTPRequest) -> Bool {
        request.method.uppercased() == "POST" && request.path.lowercased() == "/token"
    }
}
