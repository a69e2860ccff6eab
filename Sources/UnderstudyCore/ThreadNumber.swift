import Synchronization

/// A small number for the calling thread, handed out in turn as threads first ask: for picking
/// the thread's own shard or slot among a few, so that threads do not write the same memory.
public enum ThreadNumber {
    /// The calling thread's number: 0 for the first thread that asked, then 1, 2, and so on.
    public static var current: Int { numbers.withValue(\.value) }

    private static let numbers = ThreadLocal { Number() }
    private static let next = Atomic<Int>(0)

    private final class Number {
        let value = ThreadNumber.next.add(1, ordering: .relaxed).oldValue & Int.max
    }
}
