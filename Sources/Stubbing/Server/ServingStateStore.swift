import Synchronization
import UnderstudyCore

/// Holds a stub server's ``ServingState`` so that requests on many threads read it without
/// touching any memory another thread writes.
///
/// Each change publishes an immutable snapshot under a lock, with a version number unique in
/// the process. A thread keeps the last snapshot it read in a thread-local slot and, per
/// request, only compares the published version with its own: a shared lock or reference count
/// would make the threads take turns on the same cache line for every request.
final class ServingStateStore: Sendable {
    /// One published state. Immutable.
    final class Snapshot: Sendable {
        let version: UInt64
        let state: ServingState

        init(_ state: ServingState) {
            self.version = Snapshot.versions.add(1, ordering: .relaxed).newValue
            self.state = state
        }

        /// Version numbers for every snapshot of every server, so that a thread's slot can
        /// tell one server's snapshot from another's by the version alone.
        private static let versions = Atomic<UInt64>(0)
    }

    private let current: Mutex<Snapshot>
    /// The version of `current`, readable without the lock.
    private let version: Atomic<UInt64>

    init(_ state: ServingState) {
        let snapshot = Snapshot(state)
        current = Mutex(snapshot)
        version = Atomic(snapshot.version)
    }

    /// The state now (a copy taken under the lock).
    var state: ServingState { current.withLock { $0.state } }

    /// Changes the state and publishes the result.
    func update<Result>(_ body: (inout ServingState) -> Result) -> Result {
        current.withLock { snapshot in
            var state = snapshot.state
            let result = body(&state)
            snapshot = Snapshot(state)
            version.store(snapshot.version, ordering: .releasing)
            return result
        }
    }

    /// Runs `body` with the published state, read through the calling thread's slot. `body`
    /// may read this or another store again (a backend that asks another server, a clock that
    /// runs scheduled work at once): a snapshot replaced meanwhile lives until the outermost
    /// read on the thread ends.
    func read<Result>(_ body: (ServingState) -> Result) -> Result {
        Self.slots.withValue { slot in
            if slot.snapshot?._withUnsafeGuaranteedRef({ $0.version }) != version.load(ordering: .acquiring) {
                slot.replace(with: current.withLock { $0 })
            }
            let snapshot = slot.snapshot!
            slot.depth += 1
            defer { slot.leave() }
            return snapshot._withUnsafeGuaranteedRef { body($0.state) }
        }
    }

    /// Each thread's slot.
    private static let slots = ThreadLocal { ThreadSlot() }

    /// The snapshot a thread read last. It keeps that snapshot alive until the thread reads
    /// another server's state or a newer one, or ends. Only its own thread touches it, so its
    /// accesses are not checked at run time.
    private final class ThreadSlot {
        @exclusivity(unchecked) private(set) var snapshot: Unmanaged<Snapshot>?
        /// How many reads on this thread are under way (more than one when reads nest).
        @exclusivity(unchecked) var depth = 0
        /// Snapshots replaced while a read was under way, released when the last read ends.
        @exclusivity(unchecked) private var retired: [Unmanaged<Snapshot>] = []

        func replace(with newer: Snapshot) {
            let older = snapshot
            snapshot = Unmanaged.passRetained(newer)
            guard let older else { return }
            if depth > 0 { retired.append(older) } else { older.release() }
        }

        func leave() {
            depth -= 1
            guard depth == 0, !retired.isEmpty else { return }
            for older in retired { older.release() }
            retired.removeAll()
        }

        deinit {
            snapshot?.release()
            for older in retired { older.release() }
        }
    }
}
