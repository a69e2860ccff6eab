import Foundation
import Synchronization
import UnderstudyCore
import MicroHTTP
import Testing
@testable import Stubbing

@Suite struct RequestJournalTests {
    private func entry(_ path: String) -> JournalEntry {
        JournalEntry(loggedDate: Date(), request: request("GET", path), response: .text("ok"), answeredBy: "stub")
    }

    @Test func keepsEntriesOldestFirst() {
        let journal = RequestJournal(capacity: 5)
        for index in 0..<3 { journal.append(entry("/\(index)")) }
        #expect(journal.entries.map(\.request.path) == ["/0", "/1", "/2"])
    }

    @Test func dropsTheOldestWhenFull() {
        let journal = RequestJournal(capacity: 3)
        for index in 0..<7 { journal.append(entry("/\(index)")) }
        #expect(journal.entries.map(\.request.path) == ["/4", "/5", "/6"])
        #expect(journal.droppedCount == 4)
    }

    @Test func clearsEverything() {
        let journal = RequestJournal(capacity: 3)
        journal.append(entry("/a"))
        journal.clear()
        #expect(journal.entries.isEmpty)
        journal.append(entry("/b"))
        #expect(journal.entries.map(\.request.path) == ["/b"])
    }

    @Test func servesEventsInWireMockShape() {
        let event = JournalEntry(
            loggedDate: Date(timeIntervalSince1970: 1_767_225_600), request: request("GET", "/a?x=1&x=2", headers: ["Accept": "text/plain"]),
            response: .text("ok", status: 201), stubID: "abc", answeredBy: "stub"
        ).serveEventJSON
        #expect(event["request"]?["url"] == "/a?x=1&x=2")
        #expect(event["request"]?["method"] == "GET")
        #expect(event["request"]?["queryParams"]?["x"]?["values"] == ["1", "2"])
        #expect(event["request"]?["headers"]?["Accept"] == "text/plain")
        #expect(event["request"]?["loggedDate"] == .integer(1_767_225_600_000))
        #expect(event["response"]?["status"] == 201)
        #expect(event["stubMapping"]?["id"] == "abc")
        #expect(event["wasMatched"] == true)
    }
}

@Suite struct RequestJournalThreadTests {
    private func entry(_ path: String) -> JournalEntry {
        JournalEntry(loggedDate: Date(), request: request("GET", path), response: .text("ok"), answeredBy: "stub")
    }

    /// Runs `body` on a thread of its own and waits for it.
    private func onNewThread(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        Thread { body(); done.signal() }.start()
        done.wait()
    }

    /// How the journal writes `request`, answered by a stub.
    private func logged(_ request: HTTPRequest) -> JSONValue {
        JournalEntry(loggedDate: Date(), request: request, response: .text("ok"), answeredBy: "stub").loggedRequestJSON
    }

    @Test func logsTheClientAddressTheServerSaw() {
        #expect(logged(HTTPRequest(method: "GET", target: "/a", remoteAddress: "10.1.2.3"))["clientIp"] == "10.1.2.3")
        #expect(logged(HTTPRequest(method: "GET", target: "/a"))["clientIp"] == "127.0.0.1")
    }

    @Test func logsTheAbsoluteURLWithTheSchemeItCameOver() {
        let headers: HTTPHeaders = ["Host": "127.0.0.1:8443"]
        #expect(logged(HTTPRequest(method: "GET", target: "/a?x=1", headers: headers, scheme: "https"))["absoluteUrl"] == "https://127.0.0.1:8443/a?x=1")
        #expect(logged(HTTPRequest(method: "GET", target: "/a", headers: headers))["absoluteUrl"] == "http://127.0.0.1:8443/a")
        #expect(logged(HTTPRequest(method: "GET", target: "/a"))["absoluteUrl"] == "http://localhost/a")
        let secure = logged(HTTPRequest(method: "GET", target: "/a", headers: headers, scheme: "https"))
        #expect(secure["scheme"] == "https")
        #expect(secure["host"] == "127.0.0.1")
        #expect(secure["port"] == 8443)
        #expect(secure["formParams"] == [:], "only a form body has form parameters")
    }

    @Test func entriesFromSeveralThreadsComeBackInTheOrderTheyArrived() {
        let journal = RequestJournal(capacity: 10)
        for index in 0..<6 { onNewThread { journal.append(self.entry("/\(index)")) } }
        #expect(journal.entries.map(\.request.path) == ["/0", "/1", "/2", "/3", "/4", "/5"])
    }

    @Test func readsKeepTheNewestEntriesOverAllThreads() {
        let journal = RequestJournal(capacity: 50)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for index in 0..<100 { journal.append(self.entry("/\(thread)/\(index)")) }
        }
        let entries = journal.entries
        #expect(entries.count == 50)
        #expect(journal.droppedCount == 350)
        for thread in 0..<4 {
            let indices = entries.compactMap { entry -> Int? in
                let parts = entry.request.path.split(separator: "/")
                return parts[0] == "\(thread)" ? Int(parts[1]) : nil
            }
            #expect(indices == indices.sorted(), "each thread's entries stay in order")
            #expect(indices.isEmpty || indices.last == 99, "a thread's newest entry is kept when any of its entries is")
        }
        journal.clear()
        #expect(journal.entries.isEmpty && journal.droppedCount == 0)
    }

    @Test func keepsAStubIDThatIsAUUIDAsAValueAndGivesItBackAsWritten() {
        let id = "5f1c2a9e-3b7d-4c1e-9a55-0d2f7e6b8c41"
        var entry = JournalEntry(loggedDate: Date(), request: request("GET", "/"), response: nil, stubID: id, answeredBy: "stub")
        #expect(entry.stub == .uuid(UUID(uuidString: id)!) && entry.stubID == id)
        entry.stubID = "hand-made"
        #expect(entry.stub == .text("hand-made") && entry.stubID == "hand-made")
        #expect(StubReference(id: id.uppercased()) == .text(id.uppercased()), "an id is given back exactly as written")
        entry.stubID = nil
        #expect(entry.stub == nil)
    }
}

@Suite struct JournalEntryIDTests {
    @Test func makesUniqueIDsOnEveryThread() {
        let ids = Mutex<Set<UUID>>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let made = (0..<500).map { _ in JournalEntry.nextID() }
            ids.withLock { $0.formUnion(made) }
        }
        #expect(ids.withLock { $0.count } == 2000)
    }

    @Test func makesUniqueVersion4StyleIDs() {
        let ids = (0..<1000).map { _ in JournalEntry.nextID() }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy { $0.uuidString.dropFirst(14).first == "4" })
        #expect(ids.allSatisfy { "89AB".contains($0.uuidString.dropFirst(19).first!) }, "RFC 4122 variant")
        #expect(Set(ids.map { $0.uuidString.prefix(18) }).count == 1, "one random prefix per process, a counter after it")
    }
}
