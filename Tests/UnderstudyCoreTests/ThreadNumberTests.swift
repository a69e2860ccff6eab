import Foundation
import Synchronization
import Testing
import UnderstudyCore

@Suite struct ThreadNumberTests {
    @Test func aThreadKeepsItsNumberAndAnotherThreadGetsAnother() {
        let mine = ThreadNumber.current
        #expect(ThreadNumber.current == mine)
        let theirs = Mutex<Int?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread { theirs.withLock { $0 = ThreadNumber.current }; done.signal() }.start()
        done.wait()
        #expect(theirs.withLock { $0 } != mine)
    }
}
