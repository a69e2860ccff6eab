import MicroHTTP
import Synchronization
import UnderstudyCore

/// A fixed response with a copy of its own for each serving thread (the first few threads by
/// ``ThreadNumber``), each built for reuse on the thread's first request.
///
/// Every answer and journal entry holds a reference to the response it sent. With one copy
/// for all threads, each request counts that reference up and down on memory the other
/// threads count too, and the cores take turns on it; with a copy per thread they do not.
final class PerThreadResponse: Sendable {
    /// A thread's copy.
    private final class Copy: Sendable {
        let response: HTTPResponse

        init(_ response: HTTPResponse) {
            self.response = response
        }
    }

    private let original: HTTPResponse
    /// The copies by thread number modulo their count; threads beyond share with another.
    private let copies: InlineArray<8, Atomic<Unmanaged<Copy>?>>

    /// Keeps `response`; copies are made as threads first ask.
    init(_ response: HTTPResponse) {
        original = response
        copies = InlineArray { _ in Atomic(nil) }
    }

    deinit {
        for index in copies.indices { copies[index].load(ordering: .acquiring)?.release() }
    }

    /// The calling thread's copy.
    var response: HTTPResponse {
        let slot = ThreadNumber.current % copies.count
        if let copy = copies[slot].load(ordering: .acquiring) {
            return copy._withUnsafeGuaranteedRef { $0.response }
        }
        let made = Unmanaged.passRetained(Copy(original.reusable()))
        let (stored, current) = copies[slot].compareExchange(expected: nil, desired: made, ordering: .acquiringAndReleasing)
        guard stored else {
            made.release()
            return current!._withUnsafeGuaranteedRef { $0.response }
        }
        return made._withUnsafeGuaranteedRef { $0.response }
    }
}
