import ContractTesting
import EmulatorCore
import MicroHTTP
import UnderstudyCore
import Foundation
import Testing
@testable import Harness

@Suite struct HarnessRunnerTests {
    private let runner = HarnessRunner(
        contractsDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/harness"),
        stubsRoot: FileManager.default.temporaryDirectory)

    @Test func passesAConnectorThatKeepsItsContract() async {
        let suite = await runner.run(NotesSuite())
        #expect(suite.cases.map(\.name) == ["lifecycle", "lifecycle (dry run)", "contract coverage"])
        #expect(suite.failureCount == 0, "\(suite.cases.compactMap(\.failure))")
        #expect(suite.cases[0].interactions == 7)
        #expect(suite.cases[1].interactions == 1, "a dry run only fetches a token")
    }

    @Test func failsAConnectorThatWritesInADryRun() async {
        let suite = await runner.run(NotesSuite(ignoresDryRun: true))
        let dryRun = suite.cases.first { $0.name == "lifecycle (dry run)" }
        #expect(dryRun?.failure?.contains("wrote in a dry run: POST /accounts") == true)
        #expect(suite.cases.first { $0.name == "lifecycle" }?.passed == true)
    }

    @Test func failsARequestTheContractDoesNotHave() async {
        let suite = await runner.run(NotesSuite(callsUnknownRoute: true))
        #expect(suite.cases[0].failure?.contains("not in the contract") == true)
        #expect(suite.cases[0].failure?.contains("/unknown") == true)
    }

    @Test func failsWhenAnInteractionIsNeverExercised() async {
        let suite = await runner.run(NotesSuite(skipsUpdate: true))
        let coverage = suite.cases.first { $0.name == "contract coverage" }
        #expect(coverage?.failure?.contains("a request to rename an account") == true)
    }

    @Test func reportsAMissingContract() async {
        let suite = await runner.run(NotesSuite(contractFileName: "missing.json"))
        #expect(suite.cases.first?.name == "contract")
        #expect(suite.cases.first?.failure?.contains("missing.json") == true)
    }

    @Test func failsAScenarioThatThrows() async {
        let report = await runner.run([BrokenSuite()])
        #expect(report.suites[0].cases[0].failure == "boom")
        #expect(!report.passed)
    }

    @Test func selectsSuitesByName() throws {
        let suites: [any ConnectorSuite] = [NotesSuite()]
        #expect(try SuiteRegistry.select([], from: suites).count == 1)
        #expect(try SuiteRegistry.select(["notes"], from: suites).map(\.name) == ["notes"])
        #expect(throws: HarnessError.unknownConnector("nope", known: ["notes"])) { try SuiteRegistry.select(["nope"], from: suites) }
    }
}

private struct BrokenSuite: ConnectorSuite {
    let name = "broken"
    let contractFileName = "understudy-notes-connector-notes.json"
    var scenarios: [ConnectorScenario] {
        [ConnectorScenario("throws", checksDryRun: false) { _ in throw ScenarioFailure("boom") }]
    }
    func makeEmulator(stubsRoot: URL, clock: any Clock) throws -> any VendorEmulator { NotesEmulator() }
    func isTokenRequest(_ request: HTTPRequest) -> Bool { false }
}
