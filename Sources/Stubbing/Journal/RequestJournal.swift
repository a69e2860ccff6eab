import Synchronization
import UnderstudyCore

/// A bounded journal of the most recent requests and their answers.
///
/// Reads see at most ``capacity`` entries, the newest, oldest first; older ones are dropped.
/// Thread-safe. Each thread appends to its own shard, under that shard's lock, so serving
/// threads never take turns on one lock or one cache line; a read merges the shards in the
/// order the entries arrived. A shard keeps up to ``capacity`` entries itself, so while several
/// threads serve, the journal holds up to that many entries per thread until they are read
/// past.
public final class RequestJournal: Sendable {
    /// One thread's entries, stamped with when they arrived.
    private struct Ring {
        var entries: [(arrival: ContinuousClock.Instant, entry: JournalEntry)] = []
        /// Where the next entry goes once the ring is full.
        var next = 0
        /// Entries appended since the last clear.
        var appended = 0
    }

    /// The most entries a read returns.
    public let capacity: Int
    private let shards: [Shard]

    /// One shard: its own object, padded to two cache lines so that its lock shares no line
    /// with another shard's.
    private final class Shard: Sendable {
        let ring = Mutex(Ring())
        private let padding: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    }

    /// Creates a journal that keeps at most `capacity` entries (at least 1).
    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
        shards = (0..<Self.shardCount).map { _ in Shard() }
    }

    /// Adds an entry, dropping the oldest when full.
    public func append(_ entry: consuming JournalEntry) {
        var entry: JournalEntry? = consume entry
        let shard = ThreadNumber.current % shards.count
        shards[shard].ring.withLock { ring in
            let arrival = ContinuousClock.now
            ring.appended += 1
            if ring.entries.count < capacity {
                ring.entries.append((arrival, entry.take()!))
            } else {
                ring.entries[ring.next] = (arrival, entry.take()!)
                ring.next = (ring.next + 1) % capacity
            }
        }
    }

    /// The entries, oldest first.
    public var entries: [JournalEntry] {
        var stamped: [(arrival: ContinuousClock.Instant, shard: Int, order: Int, entry: JournalEntry)] = []
        for (index, shard) in shards.enumerated() {
            shard.ring.withLock { ring in
                let count = ring.entries.count
                for offset in 0..<count {
                    let item = ring.entries[(ring.next + offset) % count]
                    stamped.append((item.arrival, index, offset, item.entry))
                }
            }
        }
        stamped.sort { ($0.arrival, $0.shard, $0.order) < ($1.arrival, $1.shard, $1.order) }
        return stamped.suffix(capacity).map { $0.entry }
    }

    /// How many entries were dropped because the journal was full.
    public var droppedCount: Int {
        let appended = shards.reduce(0) { total, shard in total + shard.ring.withLock { $0.appended } }
        return max(0, appended - capacity)
    }

    /// Removes every entry.
    public func clear() {
        for shard in shards { shard.ring.withLock { $0 = Ring() } }
    }

    /// Shards per journal: enough that the serving threads of one server each get their own.
    private static let shardCount = 8
}
