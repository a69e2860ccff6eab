import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Waits for SIGINT, SIGTERM or a call of ``trigger`` (the admin shutdown route).
final class StopSignal {
    private let semaphore = DispatchSemaphore(value: 0)
    private let sources: [any DispatchSourceSignal]

    init() {
        let semaphore = self.semaphore
        sources = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { semaphore.signal() }
            source.resume()
            return source
        }
    }

    /// Ends ``wait()`` when called, from any thread.
    var trigger: @Sendable () -> Void {
        { [semaphore] in semaphore.signal() }
    }

    /// Blocks until a stop signal arrives.
    func wait() {
        semaphore.wait()
        sources.forEach { $0.cancel() }
    }
}
