#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An object of which each thread has its own instance, made on the thread's first access and
/// released when the thread ends.
///
/// For state that a hot path on many threads would otherwise share: reading and writing a
/// thread's own instance never makes two cores take turns on one cache line. Each
/// `ThreadLocal` takes one of the process's thread-specific keys (there are about a thousand),
/// so keep them in `static let`s rather than making one per object.
public final class ThreadLocal<Value: AnyObject>: @unchecked Sendable {
    @usableFromInline let key: pthread_key_t
    @usableFromInline let make: @Sendable () -> Value

    /// Creates a thread-local object; `make` builds each thread's instance.
    public init(_ make: @escaping @Sendable () -> Value) {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { raw in
            guard let raw else { return }
            Unmanaged<AnyObject>.fromOpaque(raw).release()
        }
        precondition(status == 0, "pthread_key_create failed (\(status))")
        self.key = key
        self.make = make
    }

    /// Calls `body` with the calling thread's instance, which no other thread ever sees.
    @inlinable
    public func withValue<Result>(_ body: (Value) throws -> Result) rethrows -> Result {
        let instance: Unmanaged<AnyObject>
        if let raw = pthread_getspecific(key) {
            instance = Unmanaged.fromOpaque(raw)
        } else {
            instance = Unmanaged.passRetained(make() as AnyObject)
            pthread_setspecific(key, instance.toOpaque())
        }
        return try instance._withUnsafeGuaranteedRef { try body(unsafeDowncast($0, to: Value.self)) }
    }
}
