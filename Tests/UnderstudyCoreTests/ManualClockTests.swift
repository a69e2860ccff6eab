import Foundation
import Synchronization
import Testing
import UnderstudyCore

@Suite struct ManualClockTests {
    @Test func runsWorkWhenItFallsDueInOrder() {
        let clock = ManualClock()
        let start = clock.now
        let ran = Mutex<[String]>([])
        clock.schedule(after: .seconds(2)) { ran.withLock { $0.append("two") } }
        clock.schedule(after: .seconds(1)) { ran.withLock { $0.append("one") } }
        clock.schedule(after: .seconds(1)) { ran.withLock { $0.append("one-later") } }
        clock.advance(by: .milliseconds(999))
        #expect(ran.withLock { $0 }.isEmpty)
        clock.advance(by: .seconds(5))
        #expect(ran.withLock { $0 } == ["one", "one-later", "two"])
        #expect(clock.now == start.addingTimeInterval(5.999))
        #expect(clock.pendingCount == 0)
    }

    @Test func runsWorkScheduledByWorkInTheSameAdvance() {
        let clock = ManualClock()
        let ran = Mutex(0)
        clock.schedule(after: .seconds(1)) {
            ran.withLock { $0 += 1 }
            clock.schedule(after: .seconds(1)) { ran.withLock { $0 += 1 } }
        }
        clock.advance(by: .seconds(3))
        #expect(ran.withLock { $0 } == 2)
    }

    @Test func canAdvanceItselfWhenWorkIsScheduled() {
        let clock = ManualClock(advancesWhenScheduled: true)
        let start = clock.now
        let ran = Mutex(false)
        clock.schedule(after: .seconds(30)) { ran.withLock { $0 = true } }
        #expect(ran.withLock { $0 })
        #expect(clock.now == start.addingTimeInterval(30))
    }

    @Test func systemClockRunsWorkSoon() async {
        let clock = SystemClock()
        await withCheckedContinuation { continuation in
            clock.schedule(after: .milliseconds(1)) { continuation.resume() }
        }
        #expect(abs(clock.now.timeIntervalSinceNow) < 1)
    }
}
