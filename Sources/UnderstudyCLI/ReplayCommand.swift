import ArgumentParser
import Foundation
import MicroHTTP
import Recording

/// `understudy replay`: serve recorded exchanges.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Serve the exchanges recorded in HAR files.",
        discussion: """
            Requests match on method, path, query and, for writes, the body; redaction placeholders in the \
            recording match any value. A request recorded several times gets the recorded answers in order, then \
            the last again. An unrecorded request gets 404 with a near-miss report; with --strict it gets 500 \
            saying so, and the command exits 1 when stopped if any request was unrecorded. HAR files from browsers \
            and other tools load too. /__admin offers the journal and scenario reset. Prints one line with its URL \
            once listening (on port 8080 unless --port says otherwise); Ctrl-C, SIGTERM or POST /__admin/shutdown stop it.
            """
    )

    @Argument(help: "The HAR files.")
    var files: [String]

    @OptionGroup var listen: ListenOptions

    @Flag(name: .long, help: "Answer unrecorded requests with 500 and exit 1 when stopped if there were any.")
    var strict = false

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one HAR file") }
    }

    func run() throws {
        let logger = logging.makeLogger(label: "understudy.replay")
        let server: ReplayServer
        do {
            let sources = try files.map { path throws(HARLoadError) in try HARSource(contentsOf: URL(fileURLWithPath: path)) }
            let configuration = listen.configuration(defaultPort: 8080, tls: try listen.tlsIdentity())
            server = try ReplayServer(sources: sources, strict: strict, configuration: configuration, logger: logger)
            try server.start()
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let stop = StopSignal()
        server.replayer.stubs.onShutdownRequest(stop.trigger)
        printLine("understudy replay on \(server.baseURL) (\(server.replayer.exchangeCount) exchanges from \(files.joined(separator: ", ")))")
        stop.wait()
        server.stop()
        let unrecorded = server.unrecordedCount
        printLine("understudy stopped (\(unrecorded) unrecorded request\(unrecorded == 1 ? "" : "s"))")
        if strict && unrecorded > 0 {
            printError("error: --strict: \(unrecorded) request\(unrecorded == 1 ? " was" : "s were") not recorded")
            throw ExitCode.failure
        }
    }
}
