import ConnectorRuntime
import Foundation
import LoketEmulator
import Testing
import UnderstudyCore

@testable import LoketConnector

@Suite(.timeLimit(.minutes(1))) struct LoketPersonsImportTests {
    /// Imports the seed employer's persons through a server that holds the period requests in
    /// batches of `concurrency`; returns the persons and the most requests held at once.
    private func importThroughGate(concurrency: Int) async throws -> (persons: [JSONValue], mostHeld: Int) {
        let clock = ManualClock(advancesWhenScheduled: true)
        let emulator = LoketEmulator(seed: try LoketSeed.load(stubsDirectory: LoketFixtures.stubsRoot), clock: clock)
        let gated = try GatedLoketServer(emulator: emulator, limit: concurrency, expected: 2 * 15)
        let releases = Task {
            for await _ in gated.fullBatches { gated.releaseAll() }
        }
        defer { releases.cancel() }
        let connector = LoketConnector(options: LoketConnectorOptions(concurrency: concurrency, clock: clock))
        let result = try await connector.importPersons(SourceContext(configuration: LoketFixtures.configuration(baseURL: gated.baseURL)))
        return (result.records.map(\.jsonValue), gated.mostHeld)
    }

    @Test func sendsTheDefaultEightPeriodRequestsAtOnceAndNoMore() async throws {
        let (persons, mostHeld) = try await importThroughGate(concurrency: 8)
        #expect(mostHeld == 8)
        #expect(persons == (try LoketFixtures.expected("persons.json")))
    }

    @Test func withConcurrencyOneSendsOneRequestAfterTheOther() async throws {
        let (persons, mostHeld) = try await importThroughGate(concurrency: 1)
        #expect(mostHeld == 1)
        #expect(persons == (try LoketFixtures.expected("persons.json")))
    }
}
