import ContractTesting
import EmulatorCore
import Foundation
import Hosting
import Logging
import MicroHTTP
import Stubbing
import UnderstudyCore

/// Runs connector suites against in-process emulators and checks their traffic against the
/// contracts: each scenario runs once for real (its journal checked against the suite's pact),
/// then again as a dry run (which must write nothing but token requests); a last case per suite
/// fails when a contract interaction was never exercised.
public struct HarnessRunner: Sendable {
    /// The folder holding the pact files.
    public var contractsDirectory: URL
    /// The folder holding each vendor's seed data and stubs.
    public var stubsRoot: URL
    /// The longest a single scenario run may take in real time.
    public var scenarioTimeout: Duration
    /// Where progress and problems are logged.
    public var logger: Logger

    /// Creates a runner.
    public init(contractsDirectory: URL, stubsRoot: URL, scenarioTimeout: Duration = .seconds(120), logger: Logger = Logger(label: "understudy.harness")) {
        self.contractsDirectory = contractsDirectory
        self.stubsRoot = stubsRoot
        self.scenarioTimeout = scenarioTimeout
        self.logger = logger
    }

    /// Runs every suite and returns the report (one suite per connector).
    public func run(_ suites: [any ConnectorSuite]) async -> VerificationReport {
        var report = VerificationReport(title: "understudy verify")
        for suite in suites {
            report.suites.append(await run(suite))
        }
        return report
    }

    /// Runs one suite.
    public func run(_ suite: any ConnectorSuite) async -> VerificationReport.Suite {
        var result = VerificationReport.Suite(name: suite.name)
        let contractFile = contractsDirectory.appendingPathComponent(suite.contractFileName)
        let pact: Pact?
        do {
            pact = try Pact(contentsOf: contractFile)
        } catch {
            pact = nil
            result.cases.append(.init(name: "contract", failure: "\(error)"))
        }
        var exercised = Set<String>()
        for scenario in suite.scenarios {
            logger.info("\(suite.name): \(scenario.name)")
            let real = await runOnce(suite, scenario, dryRun: false)
            var problems = real.problems
            if let pact {
                let check = ConsumerCheck.run(pact: pact, exchanges: real.exchanges)
                problems += check.unmatchedRequests.map { "not in the contract: \($0)" }
                problems += check.brokenResponses.map { "broke the contract: \($0)" }
                exercised.formUnion(check.matches.map { $0.interaction.resolvedKey })
            }
            result.cases.append(.init(
                name: scenario.name, interactions: real.exchanges.count, duration: real.duration,
                failure: problems.isEmpty ? nil : problems.joined(separator: "\n")))
            guard scenario.checksDryRun else { continue }
            let dry = await runOnce(suite, scenario, dryRun: true)
            let writes = dry.exchanges.map(\.0).filter { Self.isWrite($0) && !suite.isTokenRequest($0) }
            let dryProblems = dry.problems + writes.map { "wrote in a dry run: \($0.method) \($0.rawPath)" }
            result.cases.append(.init(
                name: scenario.name + " (dry run)", interactions: dry.exchanges.count, duration: dry.duration,
                failure: dryProblems.isEmpty ? nil : dryProblems.joined(separator: "\n")))
        }
        if let pact {
            let missing = pact.interactions.filter { !exercised.contains($0.resolvedKey) && !$0.pending }
            result.cases.append(.init(
                name: "contract coverage", interactions: pact.interactions.count,
                failure: missing.isEmpty ? nil : "never exercised:\n" + missing.map { "- \($0.description)" }.joined(separator: "\n")))
        }
        return result
    }

    private struct Run {
        var exchanges: [(HTTPRequest, HTTPResponse)] = []
        var problems: [String] = []
        var duration: Duration = .zero
    }

    private func runOnce(_ suite: any ConnectorSuite, _ scenario: ConnectorScenario, dryRun: Bool) async -> Run {
        var run = Run()
        let started = ContinuousClock.now
        defer { run.duration = ContinuousClock.now - started }
        let clock = ManualClock(advancesWhenScheduled: true)
        let listener: Listener
        do {
            listener = try makeListener(suite, clock: clock)
            try listener.start()
        } catch {
            run.problems.append("the emulator could not start: \(error)")
            return run
        }
        defer { listener.stop() }
        let context = ScenarioContext(baseURL: URL(string: listener.baseURL)!, clock: clock, listener: listener, dryRun: dryRun)
        do {
            try await withTimeout(scenarioTimeout) { try await scenario.run(context) }
        } catch {
            run.problems.append("\(error)")
        }
        run.exchanges = listener.stubs.journal.entries.compactMap { entry in entry.response.map { (entry.request, $0) } }
        run.duration = ContinuousClock.now - started
        return run
    }

    private func makeListener(_ suite: any ConnectorSuite, clock: ManualClock) throws -> Listener {
        let emulator = try suite.makeEmulator(stubsRoot: stubsRoot, clock: clock)
        let folder = stubsRoot.appendingPathComponent(emulator.vendor)
        let hasMappings = FileManager.default.fileExists(atPath: folder.appendingPathComponent("mappings").path)
        let stubs = try StubServer(
            directory: hasMappings ? folder : nil, options: .init(clock: clock), logger: logger, backend: StubBackend(emulator: emulator))
        return Listener(name: emulator.vendor, stubs: stubs, emulator: emulator, configuration: .init(port: 0, threadCount: 2), logger: logger)
    }

    static func isWrite(_ request: HTTPRequest) -> Bool {
        !["GET", "HEAD", "OPTIONS"].contains(request.method.uppercased())
    }
}

/// Runs `body`, failing with a ``ScenarioFailure`` when it takes longer than `limit` in real time.
func withTimeout(_ limit: Duration, _ body: @escaping @Sendable () async throws -> Void) async throws {
    try await withThrowingTaskGroup(of: Bool.self) { group in
        group.addTask {
            try await body()
            return true
        }
        group.addTask {
            try await Task.sleep(for: limit)
            return false
        }
        let finished = try await group.next() ?? false
        group.cancelAll()
        if !finished { throw ScenarioFailure("took longer than \(limit)") }
    }
}
