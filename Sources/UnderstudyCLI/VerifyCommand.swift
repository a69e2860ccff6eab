import ArgumentParser
import ContractTesting
import Foundation
import Harness

/// `understudy verify`: run every registered connector against its emulator and contract.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Run the connectors against in-process emulators and check their traffic against Contracts/.",
        discussion: """
            For each connector: starts its vendor emulator on a free port with a manual clock, runs its lifecycle \
            scenarios, checks every exchange against the connector's pact in the contracts folder, runs each \
            scenario again as a dry run (which must write nothing but token requests), and checks that every \
            contract interaction was exercised. Prints one row per connector and scenario; exits non-zero on any failure.
            """
    )

    @Option(name: .long, help: "Run only this connector (repeatable). Known: \(SuiteRegistry.all.map(\.name).joined(separator: ", ")).")
    var connector: [String] = []

    @Option(name: .long, help: "Write a JUnit XML report to this file.")
    var junit: String?

    @Option(name: .long, help: "Write a JSON report to this file.")
    var json: String?

    @Option(name: .long, help: "The folder holding the pact files.")
    var contracts = "Contracts"

    @Option(name: .long, help: "The folder holding each vendor's seed data and stubs.")
    var stubsRoot = "Stubs"

    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        let suites: [any ConnectorSuite]
        do {
            suites = try SuiteRegistry.select(connector)
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let runner = HarnessRunner(
            contractsDirectory: URL(fileURLWithPath: contracts), stubsRoot: URL(fileURLWithPath: stubsRoot),
            logger: logging.makeLogger(label: "understudy.verify"))
        let report = await runner.run(suites)
        FileHandle.standardOutput.write(Data(report.consoleTable().utf8))
        try ReportFiles.write(report, junit: junit, json: json, failure: .failure)
        if !report.passed { throw ExitCode.failure }
    }
}
