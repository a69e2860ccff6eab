import Foundation
import Testing
import UnderstudyCore
@testable import Recording

@Suite struct RecordingSessionTests {
    @Test func aNewSessionWritesAnEmptyValidRecordingAtOnce() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("new.har")
        let session = try RecordingSession(file: file, existing: nil, names: SecretNames())
        #expect(session.entryCount == 0)
        #expect(try HARDocument(contentsOf: file).log.creator == .understudy)
    }

    @Test func eachExchangeIsRedactedAppendedAndWrittenWithTheSummary() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("s.har")
        let session = try RecordingSession(file: file, existing: nil, names: SecretNames())
        let written = try session.record(TestEntries.entry("GET", "https://x/a?token=tok-123456"))
        #expect(written.request.url == "https://x/a?token=%3Credacted%3Atoken%3A1%3E")
        _ = try session.record(TestEntries.entry("GET", "https://x/b?token=tok-123456"))
        let log = try HARDocument(contentsOf: file).log
        #expect(log.entries.count == 2)
        let summary = try JSONValueCoding.decode(RedactionSummary.self, from: try #require(log.extras["_redactions"]))
        #expect(summary.placeholders.map(\.placeholder) == ["<redacted:token:1>"])
        #expect(summary.placeholders.first?.occurrences == 4)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["s.har"])
    }

    @Test func extendingARecordingContinuesItsPlaceholders() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("s.har")
        let first = try RecordingSession(file: file, existing: nil, names: SecretNames())
        _ = try first.record(TestEntries.entry("GET", "https://x/a?token=first-123456"))
        let existing = try HARDocument(contentsOf: file)
        let second = try RecordingSession(file: file, existing: existing, names: SecretNames())
        let written = try second.record(TestEntries.entry("GET", "https://x/a?token=second-123456"))
        #expect(written.request.queryString.first?.value == "<redacted:token:2>")
        #expect(second.entryCount == 2)
    }

    @Test func extendingAnotherToolsRecordingRedactsItsEntriesToo() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("browser.har")
        let foreign = TestEntries.document([TestEntries.entry("GET", "https://x/a", headers: [("Authorization", "Bearer browser-token-123")])])
        try foreign.encoded().write(to: file)
        let session = try RecordingSession(file: file, existing: try HARDocument(contentsOf: file), names: SecretNames())
        _ = try session.record(TestEntries.entry("GET", "https://x/b", headers: [("Authorization", "Bearer browser-token-123")]))
        let log = try HARDocument(contentsOf: file).log
        #expect(log.entries.map { $0.request.header("Authorization") } == ["Bearer <redacted:access_token:1>", "Bearer <redacted:access_token:1>"])
    }

    @Test func anUnwritableFileIsAClearError() {
        let file = URL(fileURLWithPath: "/nonexistent-folder/s.har")
        #expect {
            try RecordingSession(file: file, existing: nil, names: SecretNames())
        } throws: { error in
            (error as? RecordingError)?.description.hasPrefix("/nonexistent-folder/s.har: cannot write") == true
        }
    }
}
