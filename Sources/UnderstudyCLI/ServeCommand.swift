import ArgumentParser
import Dispatch
import Foundation
import Hosting
import Logging
import MicroHTTP
import Stubbing
import UnderstudyCore

/// `understudy serve`: serve stubs and vendor emulators until stopped.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve WireMock stubs and the vendor emulators over HTTP (or HTTPS).",
        discussion: """
            With --stubs DIR and no --vendor: serves DIR/mappings/**/*.json (bodies from DIR/__files) on --port (default 8080). \
            With --vendor NAME: serves that vendor's emulator on its default port (or --port), with the stubs in \
            STUBS-ROOT/NAME/mappings matched first. With neither: serves every emulated vendor on its default port. \
            Each listener has an admin API under /__admin and a request journal. Prints one line with the base URL \
            of each listener once it accepts connections. Ctrl-C, SIGTERM or POST /__admin/shutdown stop it.
            """
    )

    @Option(name: .long, help: "A stub directory (holding mappings/ and __files/).")
    var stubs: String?

    @Option(name: .long, help: "A vendor to emulate (repeatable): \(VendorCatalog.vendors.map(\.name).joined(separator: ", ")).")
    var vendor: [String] = []

    @Option(name: .long, help: "The folder holding each vendor's seed data and stubs (<root>/<vendor>/data, /mappings).")
    var stubsRoot = "Stubs"

    @OptionGroup var listen: ListenOptions

    @Flag(name: .long, help: "Reload the stubs when a file changes.")
    var watch = false

    @Option(name: .long, help: "How many requests each journal keeps.")
    var journalSize = 10_000

    @Option(name: .long, help: "Threads serving connections, per listener.")
    var threads = max(1, ProcessInfo.processInfo.activeProcessorCount)

    @Option(
        name: .long,
        help: "Milliseconds every stub and emulator answer waits (WireMock's global fixedDelay), to rehearse a remote vendor's latency.")
    var fixedDelay: Int?

    @Option(name: .long, help: "Net2 MFA: off, code:NNNNNN or totp:BASE32SECRET.")
    var net2Mfa: String?

    @Option(name: .long, help: "Net2 token-route rate limit as N/SECONDSs (default 2/1s).")
    var net2TokenRate: String?

    @Option(name: .long, help: "Loket: add a generated employer ('Understudy Generated B.V.') with this many employees (up to 50,000).")
    var loketEmployees: Int?

    @Option(name: .long, help: "Loket refresh-token rotation: on or off (default off).")
    var loketRotation: String?

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard journalSize > 0 else { throw ValidationError("--journal-size must be at least 1") }
        guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
        if let fixedDelay, fixedDelay < 0 { throw ValidationError("--fixed-delay must be 0 or more milliseconds") }
        for name in vendor where VendorCatalog.defaultPort(of: name) == nil {
            throw ValidationError("unknown --vendor '\(name)': Understudy emulates \(VendorCatalog.vendors.map(\.name).joined(separator: ", "))")
        }
        if listen.port != nil && vendor.count > 1 { throw ValidationError("--port serves one listener: name at most one --vendor") }
        if listen.port != nil && vendor.isEmpty && stubs == nil { throw ValidationError("--port needs --stubs or one --vendor") }
    }

    func run() throws {
        let logger = logging.makeLogger(label: "understudy")
        let clock = SystemClock()
        let options = StubServer.Options(
            journalCapacity: journalSize, clock: clock, verbose: logging.verbose, settings: GlobalSettings(fixedDelay: fixedDelay))
        let listeners: [Listener]
        do {
            let tls = try listen.tlsIdentity()
            listeners = try makeListeners(options: options, tls: tls, logger: logger)
        } catch let error as StubLoadError {
            for problem in error.errors { printError(problem.description) }
            throw ExitCode.failure
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let stop = StopSignal()
        var watchers: [StubWatcher] = []
        for listener in listeners {
            do {
                try listener.start()
            } catch {
                listeners.forEach { $0.stop() }
                printError("error: \(listener.name): \(error)")
                throw ExitCode.failure
            }
            listener.stubs.onShutdownRequest(stop.trigger)
            if watch {
                let watcher = StubWatcher(server: listener.stubs, clock: clock, logger: logger)
                watcher.start()
                watchers.append(watcher)
            }
            printLine("understudy serving \(listener.name) (\(counted(listener.stubs.currentMappings.count, "stub"))) on \(listener.baseURL)")
        }
        stop.wait()
        watchers.forEach { $0.stop() }
        listeners.forEach { $0.stop() }
        printLine("understudy stopped")
    }

    private func makeListeners(options: StubServer.Options, tls: TLSIdentity?, logger: Logger) throws -> [Listener] {
        let root = URL(fileURLWithPath: stubsRoot)
        let settings = VendorSettings(
            net2MFA: net2Mfa, net2TokenRate: net2TokenRate, loketEmployees: loketEmployees.map(String.init), loketRotation: loketRotation)
        if vendor.isEmpty, let stubs {
            let server = try StubServer(directory: URL(fileURLWithPath: stubs), options: options, logger: logger)
            return [Listener(name: "stubs", stubs: server, emulator: nil, configuration: listen.configuration(defaultPort: 8080, threadCount: threads, tls: tls), logger: logger)]
        }
        let names = vendor.isEmpty ? VendorCatalog.vendors.map(\.name) : vendor
        return try names.map { name in
            try VendorCatalog.listener(
                name, stubsRoot: root, stubsDirectory: stubs.map(URL.init(fileURLWithPath:)), settings: settings,
                configuration: listen.configuration(defaultPort: VendorCatalog.defaultPort(of: name) ?? 0, threadCount: threads, tls: tls),
                options: options, logger: logger)
        }
    }

}
