import ArgumentParser
import ContractTesting
import Foundation
import UnderstudyCore
import MicroHTTP

/// `understudy verify-provider`: replays pacts against a provider and checks every answer.
struct VerifyProviderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-provider",
        abstract: "Replay pact interactions against a provider (an emulator or the real vendor) and check each answer.",
        discussion: """
            For each interaction of each pact: sets up its provider states by POSTing \
            {"state","params","action":"setup"} to --state-setup (the values the answer holds fill ProviderState \
            generators such as ${accessToken}), sends its request to --base-url with the --header extras, matches the \
            answer against the interaction's response, then tears the states down. Prints a table with a diff for \
            each failure; writes JUnit XML and JSON reports when asked. Exits 0 when every interaction passes, \
            1 when one fails, 2 when a pact file cannot be read or a report cannot be written.
            """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Pact files (or folders of them) to verify.")
    var pact: [String] = []

    @Option(name: .long, help: "The provider's base URL, for example http://127.0.0.1:8103.")
    var baseUrl: String

    @Option(name: .long, help: "The state-change URL, for example http://127.0.0.1:8103/__admin/pact/state-change.")
    var stateSetup: String?

    @Option(name: .long, help: "A header sent with every request, as 'Name: value' (repeatable); its value never appears in reports.")
    var header: [String] = []

    @Flag(name: .long, help: "Leave provider states in place after each interaction.")
    var noTeardown = false

    @Option(name: .long, help: "Seconds each request or state change may take.")
    var timeout: Double = 30

    @Option(name: .long, help: "Write a JUnit XML report to this file.")
    var junit: String?

    @Option(name: .long, help: "Write a JSON report to this file.")
    var json: String?

    func validate() throws {
        guard !pact.isEmpty else { throw ValidationError("name at least one --pact file") }
        guard Self.httpURL(baseUrl) != nil else { throw ValidationError("--base-url must be an http or https URL, got '\(baseUrl)'") }
        if let stateSetup, Self.httpURL(stateSetup) == nil {
            throw ValidationError("--state-setup must be an http or https URL, got '\(stateSetup)'")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        _ = try extraHeaders()
    }

    func run() async throws {
        let files: [PactFile]
        do {
            files = try PactFiles.load(pact)
        } catch {
            for problem in error.errors { printError("error: \(problem)") }
            throw ExitCode(2)
        }
        let verifier = ProviderVerifier(
            configuration: .init(
                baseURL: Self.httpURL(baseUrl)!, stateChangeURL: stateSetup.flatMap(Self.httpURL), headers: try extraHeaders(),
                teardown: !noTeardown, timeout: .milliseconds(Int64(timeout * 1000))))
        var report = VerificationReport(title: verifier.reportTitle)
        for file in files {
            report.suites.append(await verifier.verify(file.pact, suiteName: file.url.lastPathComponent))
        }
        FileHandle.standardOutput.write(Data(report.consoleTable().utf8))
        for note in files.flatMap(\.pact.notes) { printError("note: \(note)") }
        try ReportFiles.write(report, junit: junit, json: json, failure: ExitCode(2))
        if !report.passed { throw ExitCode.failure }
    }

    /// The `--header` values as header fields.
    private func extraHeaders() throws -> HTTPHeaders {
        var headers = HTTPHeaders()
        for text in header {
            guard let colon = text.firstIndex(of: ":"),
                case let name = text[..<colon].trimmingCharacters(in: .whitespaces), !name.isEmpty,
                !name.contains(where: { $0.isWhitespace })
            else { throw ValidationError("--header must be 'Name: value', got '\(text)'") }
            headers.add(name: name, value: text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return headers
    }

    private static func httpURL(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return url
    }
}

