import Foundation
import Logging
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct StubWatcherTests {
    @Test func reloadsChangedFilesAndKeepsTheOldStubsWhenAFileBreaks() throws {
        let folder = try StubFolder(["mappings/a.json": #"{"request":{"method":"GET","urlPath":"/a"},"response":{"body":"v1"}}"#])
        let clock = ManualClock()
        let stubs = try StubServer(directory: folder.url, options: .init(clock: clock))
        let watcher = StubWatcher(server: stubs, clock: clock, interval: .milliseconds(500), logger: Logger(label: "test"))
        guard case .unchanged = watcher.check() else { Issue.record("nothing changed yet"); return }

        try folder.write("mappings/a.json", #"{"request":{"method":"GET","urlPath":"/a"},"response":{"body":"version two"}}"#)
        guard case .reloaded(let count) = watcher.check() else { Issue.record("expected a reload"); return }
        #expect(count == 1)
        #expect(stubs.handle(request("GET", "/a")).immediate.bodyText == "version two")

        try folder.write("mappings/b.json", #"{"request":{"method":"GET"},"response":{"status":1000}}"#)
        guard case .failed(let error) = watcher.check() else { Issue.record("expected a failure"); return }
        #expect(error.description.contains("mappings/b.json"))
        #expect(stubs.handle(request("GET", "/a")).immediate.bodyText == "version two")
    }

    @Test func checksOnTheClockUntilStopped() throws {
        let folder = try StubFolder(["mappings/a.json": #"{"request":{"method":"GET","urlPath":"/a"},"response":{"body":"v1"}}"#])
        let clock = ManualClock()
        let stubs = try StubServer(directory: folder.url, options: .init(clock: clock))
        let watcher = StubWatcher(server: stubs, clock: clock, interval: .milliseconds(500), logger: Logger(label: "test"))
        watcher.start()
        try folder.write("mappings/a.json", #"{"request":{"method":"GET","urlPath":"/a"},"response":{"body":"watched"}}"#)
        clock.advance(by: .milliseconds(500))
        #expect(stubs.handle(request("GET", "/a")).immediate.bodyText == "watched")
        watcher.stop()
        clock.advance(by: .seconds(1))
        #expect(clock.pendingCount == 0)
    }
}
