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
    /// The level each request is logged at: `info` when verbose, else `debug`.
    private let requestLogLevel: Logger.Level
    /// Whether the logger lets requests through at that level, decided once, not per request.
    private let logsRequests: Bool
    let logger: Logger
    /// The mappings and the global settings.
    private let state: ServingStateStore
    private let source: StubDirectory?
    /// What answers behind the stubs (a vendor emulator), if anything.
    public let backend: StubBackend?
    /// The backend's name and answer function, kept apart so a request does not copy the whole backend.
    private let backendAnswer: (name: String, respond: @Sendable (HTTPRequest) -> HTTPResponse?)?
    /// The Pact provider states set up through `/__admin/pact/state-change` and not torn down.
    public let providerStates = Mutex<[ProviderStateChange]>([])
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
        self.state = ServingStateStore(ServingState(mappings: MappingSet(disk: loaded.mappings, files: loaded.files), settings: options.settings))
        self.shutdownRequested = Mutex(nil)
        self.clock = options.clock
        self.requestLogLevel = options.verbose ? .info : .debug
        self.logsRequests = logger.logLevel <= requestLogLevel
    }

    /// Sets what `POST /__admin/shutdown` does (for example, stop the CLI's server).
    public func onShutdownRequest(_ action: @escaping @Sendable () -> Void) {
        shutdownRequested.withLock { $0 = action }
    }

    /// The mappings served now, in the order they were added.
    public var currentMappings: [StubMapping] { mappings.all }

    /// The global settings: a delay added to every stub and backend answer (WireMock's
    /// `/__admin/settings`).
    public var settings: GlobalSettings {
        get { state.state.settings }
        set { state.update { $0.settings = newValue } }
    }

    /// The mappings served now.
    var mappings: MappingSet { state.state.mappings }

    /// Changes the mappings under the server's lock; requests see the change from the next one on.
    func withMappings<Result>(_ body: (inout MappingSet) -> Result) -> Result {
        state.update { body(&$0.mappings) }
    }

    /// Reads the stub directory again and swaps the whole index at once. On error the previous
    /// stubs stay in place and the error is thrown.
    public func reload() throws(StubLoadError) {
        guard let source else { return }
        let loaded = try source.load()
        withMappings { $0.replaceDisk(loaded.mappings, files: loaded.files) }
    }

    /// A fingerprint of the stub directory's files, to tell whether a reload is needed.
    public func sourceFingerprint() -> String? { source?.fingerprint() }

    /// Answers one request: admin API, then stubs, then the backend, then 404 with a near-miss report.
    @Sendable public func handle(_ request: HTTPRequest) -> HTTPAnswer {
        if Self.isAdmin(request) {
            return .respond(AdminAPI(server: self).respond(to: request))
        }
        let now = clock.now
        return state.read { answer(request, from: $0, at: now) }
    }

    /// Answers a request that is not for the admin API from `state`.
    private func answer(_ request: HTTPRequest, from state: ServingState, at now: Date) -> HTTPAnswer {
        let set = state.mappings
        if let (position, match) = set.bestMatch(for: request, scenarioStates: { scenarios.state(of: $0) }) {
            if set.transitionsScenario(at: position) {
                let mapping = set.mapping(at: position)
                if let scenario = mapping.scenarioName, let next = mapping.newScenarioState {
                    scenarios.transition(scenario, from: mapping.requiredScenarioState, to: next)
                }
            }
            return set.withPrepared(at: position) { prepared in
                let answer = prepared.answer(request: request, pathParameters: match.pathParameters, now: now)
                record(request, answer: answer, stub: set.reference(at: position), by: "stub", at: now)
                return schedule(answer, delay: sum(prepared.delay(), Self.delay(of: state.settings)))
            }
        }
        if let backend = backendAnswer, let response = backend.respond(request) {
            record(request, answer: .respond(response), stub: nil, by: backend.name, at: now)
            return schedule(.respond(response), delay: Self.delay(of: state.settings))
        }
        let report = NearMissReport.render(request: request, nearMisses: set.index.nearMisses(for: request))
        let response = HTTPResponse.text(report, status: 404)
        record(request, answer: .respond(response), stub: nil, by: "unmatched", at: now)
        return .respond(response)
    }

    /// Whether the request is for the admin API (`/__admin` or below it). The target's bytes
    /// are read in place; the path is decoded only when it has a `%` that could spell the prefix.
    private static func isAdmin(_ request: HTTPRequest) -> Bool {
        let plain: Bool? = request.target.utf8.withContiguousStorageIfAvailable { target in
            var index = 0
            while index < target.count, target[index] != UInt8(ascii: "?") {
                if target[index] == UInt8(ascii: "%") { return nil }
                if index < adminPrefix.count, target[index] != adminPrefix[index] { return false }
                index += 1
            }
            return index == adminPrefix.count || (index > adminPrefix.count && target[adminPrefix.count] == UInt8(ascii: "/"))
        } ?? nil
        if let plain { return plain }
        let path = request.path
        return path == "/__admin" || path.hasPrefix("/__admin/")
    }

    private static let adminPrefix: [UInt8] = Array("/__admin".utf8)

    /// A sample of the global settings' delay, if they set one.
    private static func delay(of settings: GlobalSettings) -> Duration? {
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

    private func record(_ request: HTTPRequest, answer: HTTPAnswer, stub: StubReference?, by answeredBy: String, at now: Date) {
        if logsRequests {
            logger.log(level: requestLogLevel, "\(request.method) \(request.target) -> \(Self.outcome(of: answer)) (\(answeredBy)\(stub.map { " " + $0.id } ?? ""))")
        }
        let response: HTTPResponse?, fault: HTTPFault?
        switch answer {
        case .respond(let given): (response, fault) = (given, nil)
        case .fault(let given): (response, fault) = (nil, given)
        case .deferred: (response, fault) = (nil, nil)
        }
        journal.append(JournalEntry(loggedDate: now, request: request, response: response, fault: fault, stub: stub, answeredBy: answeredBy))
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
        withMappings { $0.reset(to: loaded.mappings, files: loaded.files) }
    }
}
