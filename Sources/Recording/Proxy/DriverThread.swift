#if canImport(Glibc)
import Glibc
#endif

/// A POSIX thread that runs one body and can be joined (Foundation's `Thread` cannot be).
struct DriverThread: Sendable {
    private let id: pthread_t

    /// Starts a thread running `body`.
    init(_ body: sending @escaping () -> Void) {
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        var id = pthread_t()
        let created = pthread_create(&id, nil, { context in
            Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        precondition(created == 0, "cannot start the upstream client's thread (error \(created))")
        self.id = id
    }

    /// Whether the calling thread is this one.
    var isCurrent: Bool { pthread_equal(pthread_self(), id) != 0 }

    /// Waits until the body has returned.
    func join() {
        pthread_join(id, nil)
    }
}

/// The body of a ``DriverThread``, handed to the new thread through an opaque pointer.
private final class ThreadBody {
    let run: () -> Void

    init(_ run: @escaping () -> Void) {
        self.run = run
    }
}
