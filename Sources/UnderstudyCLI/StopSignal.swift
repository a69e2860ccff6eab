import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The POSIX semaphore the stop signals post to: `sem_post` is async-signal-safe, so the
/// handler may call it, and a handler installed with `sigaction` is in force as soon as the
/// call returns (a dispatch signal source registers later, and a signal arriving in between
/// was lost).
/// (POSIX semaphores are safe to share between threads, hence `nonisolated(unsafe)`.)
nonisolated(unsafe) private let stopSemaphore: UnsafeMutablePointer<sem_t> = {
    let semaphore = UnsafeMutablePointer<sem_t>.allocate(capacity: 1)
    sem_init(semaphore, 0, 0)
    return semaphore
}()

/// Waits for SIGINT, SIGTERM or a call of ``trigger`` (the admin shutdown route).
final class StopSignal {
    init() {
        _ = stopSemaphore  // initialised here, never lazily inside the handler
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in sem_post(stopSemaphore) }
        sigemptyset(&action.sa_mask)
        for signalNumber in [SIGINT, SIGTERM] { sigaction(signalNumber, &action, nil) }
    }

    /// Ends ``wait()`` when called, from any thread.
    var trigger: @Sendable () -> Void {
        { sem_post(stopSemaphore) }
    }

    /// Blocks until a stop signal arrives.
    func wait() {
        while sem_wait(stopSemaphore) != 0 && errno == EINTR {}
    }
}
