import EmulatorCore
import Foundation
import Hosting
import LoketEmulator
import Logging
import MicroHTTP
import Stubbing
import UnderstudyCore

/// The Loket emulator served in-process on a free loopback port, with a manual clock that
/// advances itself whenever something waits on it.
final class LoketTestServer: Sendable {
    let clock = ManualClock(advancesWhenScheduled: true)
    let emulator: LoketEmulator
    let listener: Listener

    /// Serves `seed` (default: the seed in `Stubs/loket/data`).
    init(seed: LoketSeed? = nil, configuration: LoketConfiguration = LoketConfiguration()) throws {
        emulator = LoketEmulator(seed: try seed ?? LoketSeed.load(stubsDirectory: LoketFixtures.stubsRoot), configuration: configuration, clock: clock)
        let logger = Logger(label: "loket-connector-tests")
        let stubs = try StubServer(options: .init(clock: clock), logger: logger, backend: StubBackend(emulator: emulator))
        listener = Listener(name: "loket", stubs: stubs, emulator: emulator, configuration: .init(port: 0, threadCount: 4), logger: logger)
        try listener.start()
    }

    deinit { listener.stop() }

    /// `http://127.0.0.1:PORT`.
    var baseURL: String { listener.baseURL }

    /// The connector configuration for this server's seed client.
    func configuration(employer: String = LoketFixtures.seedEmployer, refreshToken: String = LoketFixtures.seedRefreshToken) -> JSONValue {
        LoketFixtures.configuration(baseURL: baseURL, employer: employer, refreshToken: refreshToken)
    }

    /// Sends an admin or control request (`/__admin/loket/...`) and returns the JSON answer.
    @discardableResult
    func admin(_ method: String, _ path: String, body: JSONValue? = nil) throws -> JSONValue {
        let request = HTTPRequest(method: method, target: path, body: body.map { $0.serializedData() } ?? Data())
        return try JSONValue(parsing: listener.stubs.handle(request).response?.body ?? Data())
    }
}
