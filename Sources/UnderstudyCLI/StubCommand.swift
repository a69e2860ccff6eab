import ArgumentParser
import ContractTesting
import Foundation
import Hosting
import MicroHTTP
import Stubbing
import UnderstudyCore

/// `understudy stub`: serves pact files as stubs, as the Pact stub server does.
struct StubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stub",
        abstract: "Serve the interactions of pact files as stubs.",
        discussion: """
            Answers each request with the example response of the interaction whose request matches it. When \
            several match (the same request under different provider states), the states named in the \
            --state-header request header (comma-separated) decide, or else the states set up through \
            POST /__admin/pact/state-change. A request nothing matches gets 404 with the closest interactions and \
            their mismatches. The admin API and request journal live under /__admin. Prints one line with the base \
            URL once it accepts connections (on a free port unless --port names one); Ctrl-C, SIGTERM or POST /__admin/shutdown stop it.
            """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Pact files (or folders of them) to serve.")
    var pact: [String] = []

    @OptionGroup var listen: ListenOptions

    @Option(name: .long, help: "The request header naming provider states.")
    var stateHeader = "X-Pact-Provider-State"

    @Option(name: .long, help: "How many requests the journal keeps.")
    var journalSize = 10_000

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard !pact.isEmpty else { throw ValidationError("name at least one --pact file") }
        guard journalSize > 0 else { throw ValidationError("--journal-size must be at least 1") }
        guard !stateHeader.isEmpty, !stateHeader.contains(where: { $0.isWhitespace || $0 == ":" }) else {
            throw ValidationError("--state-header must be a header name, got '\(stateHeader)'")
        }
    }

    func run() throws {
        let files: [PactFile]
        do {
            files = try PactFiles.load(pact)
        } catch {
            for problem in error.errors { printError("error: \(problem)") }
            throw ExitCode(2)
        }
        for note in files.flatMap(\.pact.notes) { printError("note: \(note)") }
        let logger = logging.makeLogger(label: "understudy")
        let clock = SystemClock()
        let stub = PactStub(pacts: files.map(\.pact), stateHeader: stateHeader, clock: clock)
        let server: StubServer
        do {
            server = try StubServer(
                options: .init(journalCapacity: journalSize, clock: clock, verbose: logging.verbose), logger: logger, backend: stub.backend)
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let listener: Listener
        let stop = StopSignal()
        do {
            let configuration = listen.configuration(defaultPort: 0, tls: try listen.tlsIdentity())
            listener = Listener(name: PactStub.backendName, stubs: server, emulator: nil, configuration: configuration, logger: logger)
            try listener.start()
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        stub.serverURL = listener.baseURL
        server.onShutdownRequest(stop.trigger)
        printLine("understudy stub serving \(counted(stub.entries.count, "interaction")) from \(counted(files.count, "pact")) on \(listener.baseURL)")
        stop.wait()
        listener.stop()
        printLine("understudy stopped")
    }
}
