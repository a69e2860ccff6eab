import Logging
import Synchronization
import UnderstudyCore

/// Watches a stub server's directory and reloads it when a file changes (`--watch`).
///
/// It compares a fingerprint of names, sizes and modification times at a fixed interval on the
/// server's clock. A reload swaps the whole index at once; a broken file keeps the previous
/// stubs and logs every problem.
public final class StubWatcher: Sendable {
    /// What one check found.
    public enum Outcome: Sendable {
        /// Nothing changed on disk.
        case unchanged
        /// Files changed and the stubs were reloaded; the count of mappings now served.
        case reloaded(mappings: Int)
        /// Files changed but could not be loaded; the previous stubs are still served.
        case failed(StubLoadError)
    }

    private let server: StubServer
    private let clock: any Clock
    private let interval: Duration
    private let logger: Logger
    private let state: Mutex<(fingerprint: String?, running: Bool)>

    /// Creates a watcher; call ``start()`` to check periodically or ``check()`` to check once.
    public init(server: StubServer, clock: any Clock, interval: Duration = .milliseconds(500), logger: Logger) {
        self.server = server
        self.clock = clock
        self.interval = interval
        self.logger = logger
        self.state = Mutex((server.sourceFingerprint(), false))
    }

    /// Checks every interval until ``stop()``.
    public func start() {
        let begin = state.withLock { state in
            defer { state.running = true }
            return !state.running
        }
        if begin { scheduleNext() }
    }

    /// Stops checking.
    public func stop() {
        state.withLock { $0.running = false }
    }

    /// Compares the directory with the last fingerprint and reloads when it changed.
    @discardableResult
    public func check() -> Outcome {
        let current = server.sourceFingerprint()
        let changed = state.withLock { state in
            defer { state.fingerprint = current }
            return state.fingerprint != current
        }
        guard changed else { return .unchanged }
        do {
            try server.reload()
            let count = server.currentMappings.count
            logger.info("stubs reloaded: \(count) mappings")
            return .reloaded(mappings: count)
        } catch {
            logger.error("stubs not reloaded, the previous ones stay in place:\n\(error)")
            return .failed(error)
        }
    }

    private func scheduleNext() {
        clock.schedule(after: interval) { [self] in
            guard state.withLock({ $0.running }) else { return }
            check()
            scheduleNext()
        }
    }
}
