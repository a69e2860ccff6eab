import Synchronization

/// A bounded ring of the most recent requests and their answers.
///
/// When full, the oldest entry is dropped. Thread-safe; appends are O(1).
public final class RequestJournal: Sendable {
    private struct Ring {
        var entries: [JournalEntry?]
        var next = 0
        var count = 0
        var dropped = 0
    }

    /// The most entries kept.
    public let capacity: Int
    private let ring: Mutex<Ring>

    /// Creates a journal that keeps at most `capacity` entries (at least 1).
    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
        ring = Mutex(Ring(entries: Array(repeating: nil, count: max(1, capacity))))
    }

    /// Adds an entry, dropping the oldest when full.
    public func append(_ entry: consuming JournalEntry) {
        // The entry is moved in and the dropped one moved out, so it is freed after the lock is released.
        var slot: JournalEntry? = consume entry
        ring.withLock { ring in
            swap(&ring.entries[ring.next], &slot)
            ring.next = (ring.next + 1) % capacity
            if ring.count < capacity { ring.count += 1 } else { ring.dropped += 1 }
        }
    }

    /// The entries, oldest first.
    public var entries: [JournalEntry] {
        ring.withLock { ring in
            let start = (ring.next - ring.count + capacity) % capacity
            return (0..<ring.count).compactMap { ring.entries[(start + $0) % capacity] }
        }
    }

    /// How many entries were dropped because the journal was full.
    public var droppedCount: Int { ring.withLock { $0.dropped } }

    /// Removes every entry.
    public func clear() {
        ring.withLock { ring in
            ring = Ring(entries: Array(repeating: nil, count: capacity))
        }
    }
}
