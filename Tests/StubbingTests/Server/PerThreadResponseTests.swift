import Dispatch
import Foundation
import MicroHTTP
import Synchronization
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct PerThreadResponseTests {
    @Test func everyThreadGetsTheSameResponseBuiltForReuse() {
        let original = HTTPResponse(status: 201, headers: ["Content-Type": "application/json"], body: Data(#"{"id":1}"#.utf8))
        let shared = PerThreadResponse(original)
        let seen = Mutex<[HTTPResponse]>([])
        DispatchQueue.concurrentPerform(iterations: 12) { _ in
            let first = shared.response, second = shared.response
            seen.withLock { $0 += [first, second] }
        }
        let responses = seen.withLock { $0 }
        #expect(responses.count == 24)
        #expect(responses.allSatisfy { $0 == original && $0.isReusable })
    }
}
