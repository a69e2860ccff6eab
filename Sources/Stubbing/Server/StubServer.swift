import Foundation
import Logging
import MicroHTTP
import Synchronization
import UnderstudyCore

/// Serves WireMock stub mappings, with an admin API under `/__admin`, a request journal and
/// scenarios. An optional backend (a vendor emulator) answers what no stub matches.
///
/// Use ``handle(_:)`` as an ``HTTPServer`` handler:
/// ```swift
/// let stubs = try StubServer(directory: URL(fileURLWithPath: "Stubs/demo"))
/// let server = HTTPServer(configuration: .init(port: 8080), handler: stubs.handle)
/// ```
public final class StubServer: Sendable {
    /// Settings of a stub server.
    public struct Options: Sendable {
        /// Entries kept in the request journal.
        public var journalCapacity: Int
        /// The clock for delays and journal dates.
        public var clock: any Clock
        /// Logs each request with its match result at `info` when true, else at `debug`.
        public var verbose: Bool
        /// The global settings the server starts with (changeable through `/__admin/settings`).
        public var settings: GlobalSettings

        /// Creates options.
        public init(
            journalCapacity: Int = 10_000, clock: any Clock = SystemClock(), verbose: Bool = false,
            settings: GlobalSettings = GlobalSettings()
        ) {
            self.journalCapacity = journalCapacity
            self.clock = clock
            self.verbose = verbose
            self.settings = settings
        }
    }

    /// The journal of every request served (admin requests excluded).
    public let journal: RequestJournal
    /// The scenario states.
    public let scenarios = ScenarioStore()
    /// The clock for delays and journal dates.
    private let clock: any Clock
    /// Whether each request is logged at `info` (else at `debug`).
    private let verbose: Bool
    let logger: Logger
    let mappings: Mutex<MappingSet>
    private let source: StubDirectory?
    /// What answers behind the stubs (a vendor emulator), if anything.
    public let backend: StubBackend?
    /// The backend's name and answer function, kept apart so a request does not copy the whole backend.
    private let backendAnswer: (name: String, respond: @Sendable (HTTPRequest) -> HTTPResponse?)?
    /// The Pact provider states set up through `/__admin/pact/state-change` and not torn down.
    public let providerStates = Mutex<[ProviderStateChange]>([])
    /// The global settings: a delay added to every stub and backend answer.
    public let settings: Mutex<GlobalSettings>
    private let shutdownRequested: Mutex<(@Sendable () -> Void)?>

    /// Creates a server from the stubs in `directory` (`mappings/` and `__files/`), or with no stubs,
    /// with `backend` answering what no stub matches. Throws ``StubLoadError`` listing every
    /// problem when a file is invalid.
    public init(
        directory: URL? = nil, options: Options = Options(), logger: Logger = Logger(label: "understudy.stubs"),
        backend: StubBackend? = nil
    ) throws(StubLoadError) {
        let source = directory.map(StubDirectory.init)
        let loaded = try source?.load() ?? LoadedStubs(mappings: [], files: BodyFiles(root: nil))
        self.source = source
        self.logger = logger
        self.backend = backend
        self.backendAnswer = backend.map { ($0.name, $0.respond) }
        self.journal = RequestJournal(capacity: options.journalCapacity)
        self.mappings = Mutex(MappingSet(disk: loaded.mappings, files: loaded.files))
        self.shutdownRequested = Mutex(nil)
        self.settings = Mutex(options.settings)
        self.clock = options.clock
        self.verbose = options.verbose
    }

    /// Sets what `POST /__admin/shutdown` does (for example, stop the CLI's server).
    public func onShutdownRequest(_ action: @escaping @Sendable () -> Void) {
        shutdownRequested.withLock { $0 = action }
    }

    /// The mappings served now, in the order they were added.
    public var currentMappings: [StubMapping] { mappings.withLock { $0.all } }

    /// Reads the stub directory again and swaps the whole index at once. On error the previous
    /// stubs stay in place and the error is thrown.
    public func reload() throws(StubLoadError) {
        guard let source else { return }
        let loaded = try source.load()
        mappings.withLock { $0.replaceDisk(loaded.mappings, files: loaded.files) }
    }

    /// A fingerprint of the stub directory's files, to tell whether a reload is needed.
    public func sourceFingerprint() -> String? { source?.fingerprint() }

    /// Answers one request: admin API, then stubs, then the backend, then 404 with a near-miss report.
    @Sendable public func handle(_ request: HTTPRequest) -> HTTPAnswer {
        if Self.isAdmin(request) {
            return .respond(AdminAPI(server: self).respond(to: request))
        }
        let now = clock.now
        let set = mappings.withLock { $0 }
        if let (position, match) = set.bestMatch(for: request, scenarioStates: scenarios.state(of:)) {
            let mapping = set.mapping(at: position)
            if let scenario = mapping.scenarioName, let next = mapping.newScenarioState {
                scenarios.transition(scenario, from: mapping.requiredScenarioState, to: next)
            }
            let prepared = set.prepared(at: position)
            let answer = prepared.answer(request: request, pathParameters: match.pathParameters, now: now)
            record(request, answer: answer, stubID: mapping.id, by: "stub", at: now)
            return schedule(answer, delay: sum(prepared.delay(), globalDelay()))
        }
        if let backend = backendAnswer, let response = backend.respond(request) {
            record(request, answer: .respond(response), stubID: nil, by: backend.name, at: now)
            return schedule(.respond(response), delay: globalDelay())
        }
        let report = NearMissReport.render(request: request, nearMisses: set.index.nearMisses(for: request))
        let response = HTTPResponse.text(report, status: 404)
        record(request, answer: .respond(response), stubID: nil, by: "unmatched", at: now)
        return .respond(response)
    }

    /// Whether the request is for the admin API (`/__admin` or below it); the path is decoded only
    /// when it has a `%` that could spell the prefix.
    private static func isAdmin(_ request: HTTPRequest) -> Bool {
        let raw = request.rawPath
        guard raw.utf8.starts(with: "/__admin".utf8) || raw.utf8.contains(UInt8(ascii: "%")) else { return false }
        let path = request.path
        return path == "/__admin" || path.hasPrefix("/__admin/")
    }

    /// A sample of the global settings' delay, if they set one.
    private func globalDelay() -> Duration? {
        let settings = settings.withLock { $0 }
        var generator = SystemRandomNumberGenerator()
        return settings.delay(using: &generator)
    }

    private func sum(_ first: Duration?, _ second: Duration?) -> Duration? {
        guard first != nil || second != nil else { return nil }
        return (first ?? .zero) + (second ?? .zero)
    }

    private func schedule(_ answer: HTTPAnswer, delay: Duration?) -> HTTPAnswer {
        guard let delay, delay > .zero else { return answer }
        let clock = clock
        return .deferred { complete in clock.schedule(after: delay) { complete(answer) } }
    }

    private func record(_ request: HTTPRequest, answer: HTTPAnswer, stubID: String?, by answeredBy: String, at now: Date) {
        var entry = JournalEntry(loggedDate: now, request: request, response: nil, stubID: stubID, answeredBy: answeredBy)
        switch answer {
        case .respond(let response): entry.response = response
        case .fault(let fault): entry.fault = fault
        case .deferred: break
        }
        let level: Logger.Level = verbose ? .info : .debug
        logger.log(level: level, "\(request.method) \(request.target) -> \(Self.outcome(of: answer)) (\(answeredBy)\(stubID.map { " " + $0 } ?? ""))")
        journal.append(entry)
    }

    /// The status, the fault or `deferred`, for the log.
    private static func outcome(of answer: HTTPAnswer) -> String {
        switch answer {
        case .respond(let response): return String(response.status)
        case .fault(let fault): return fault.rawValue
        case .deferred: return "deferred"
        }
    }

    /// Runs the shutdown action a moment after the admin API answered, so the answer reaches the client first.
    func requestShutdown() {
        guard let action = shutdownRequested.withLock({ $0 }) else { return }
        clock.schedule(after: .milliseconds(100), action)
    }
}

extension StubServer {
    /// Drops admin changes to mappings and reads the stub directory again.
    func resetMappingsToDisk() throws(StubLoadError) {
        let loaded = try source?.load() ?? LoadedStubs(mappings: [], files: BodyFiles(root: nil))
        mappings.withLock { $0.reset(to: loaded.mappings, files: loaded.files) }
    }
}
