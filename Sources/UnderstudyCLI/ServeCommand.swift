import ArgumentParser
import Dispatch
import Foundation
import MicroHTTP
import Stubbing
import UnderstudyCore

/// `understudy serve`: serve stubs (and, with vendors, emulators) until stopped.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve WireMock stub mappings over HTTP.",
        discussion: """
            Serves DIR/mappings/**/*.json with bodies from DIR/__files, an admin API under /__admin and a \
            request journal. Prints one line with the base URL once it accepts connections. Ctrl-C or \
            SIGTERM stops it.
            """
    )

    @Option(name: .long, help: "The stub directory (holding mappings/ and __files/).")
    var stubs: String

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Flag(name: .long, help: "Reload the stubs when a file changes.")
    var watch = false

    @Option(name: .long, help: "How many requests the journal keeps.")
    var journalSize = 10_000

    @Option(name: .long, help: "Threads serving connections.")
    var threads = max(1, ProcessInfo.processInfo.activeProcessorCount)

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard journalSize > 0 else { throw ValidationError("--journal-size must be at least 1") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let logger = logging.makeLogger(label: "understudy")
        let clock = SystemClock()
        let stubServer: StubServer
        do {
            stubServer = try StubServer(
                directory: URL(fileURLWithPath: stubs),
                options: .init(journalCapacity: journalSize, clock: clock, verbose: logging.verbose),
                logger: logger)
        } catch {
            for problem in error.errors { printError(problem.description) }
            throw ExitCode.failure
        }
        let server = HTTPServer(
            configuration: .init(host: host, port: port, threadCount: threads), logger: logger, handler: stubServer.handle)
        do {
            try server.start()
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let watcher = watch ? StubWatcher(server: stubServer, clock: clock, logger: logger) : nil
        watcher?.start()
        print("understudy serving \(stubServer.currentMappings.count) stubs from \(stubs) on \(server.baseURL)")
        fflush(stdout)
        let stop = StopSignal()
        stubServer.onShutdownRequest(stop.trigger)
        stop.wait()
        watcher?.stop()
        server.stop()
        print("understudy stopped")
    }
}
