import Foundation
import Synchronization
import Testing
import UnderstudyCore

@Suite struct ThreadLocalTests {
    final class Box {
        let thread = Thread.current.description
        var uses = 0
    }

    static let boxes = ThreadLocal { Box() }

    @Test func eachThreadGetsItsOwnInstanceAndKeepsIt() {
        let seen = Mutex<[ObjectIdentifier: Int]>([:])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<10 {
                Self.boxes.withValue { box in
                    box.uses += 1
                    seen.withLock { $0[ObjectIdentifier(box), default: 0] += 1 }
                }
            }
        }
        let counts = seen.withLock { $0 }
        #expect(counts.values.reduce(0, +) == 40)
        #expect(counts.values.allSatisfy { $0 % 10 == 0 }, "a thread always meets the same instance")
    }

    @Test func anotherThreadNeverSeesThisThreadsInstance() {
        let mine = Self.boxes.withValue { ObjectIdentifier($0) }
        let theirs = Mutex<ObjectIdentifier?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread { theirs.withLock { $0 = Self.boxes.withValue { ObjectIdentifier($0) } }; done.signal() }.start()
        done.wait()
        #expect(theirs.withLock { $0 } != mine)
        #expect(Self.boxes.withValue { ObjectIdentifier($0) } == mine)
    }
}
