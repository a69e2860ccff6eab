import Testing
import UnderstudyCore

@testable import ConnectorRuntime

@Suite struct ClockWaitTests {
    @Test func resumesWhenTheClockReachesTheDelay() async throws {
        let clock = SteppingClock()
        let (result, waits) = await clock.drive {
            try await clock.wait(for: .seconds(3))
            return clock.now
        }
        #expect(waits == [.seconds(3)])
        #expect(try result.get() == ManualClock().now.addingTimeInterval(3))
    }

    @Test func throwsCancellationAtOnceWhenCancelled() async throws {
        let clock = SteppingClock()
        let task = Task { try await clock.wait(for: .seconds(3600)) }
        var scheduled = clock.scheduled.makeAsyncIterator()
        #expect(await scheduled.next() == .seconds(3600))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        clock.advance(by: .seconds(3600))
    }

    @Test func aTaskCancelledBeforeWaitingDoesNotWait() async {
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await ManualClock().wait(for: .seconds(1))
        }
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}
