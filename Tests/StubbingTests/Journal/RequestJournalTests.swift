import Foundation
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

@Suite struct JournalEntryIDTests {
    @Test func makesUniqueVersion4StyleIDs() {
        let ids = (0..<1000).map { _ in JournalEntry.nextID() }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy { $0.uuidString.dropFirst(14).first == "4" })
        #expect(ids.allSatisfy { "89AB".contains($0.uuidString.dropFirst(19).first!) }, "RFC 4122 variant")
        #expect(Set(ids.map { $0.uuidString.prefix(18) }).count == 1, "one random prefix per process, a counter after it")
    }
}
