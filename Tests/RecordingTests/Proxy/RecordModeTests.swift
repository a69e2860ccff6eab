import Foundation
import Testing
@testable import Recording

@Suite struct RecordModeTests {
    @Test func modesMeetTheFileSystemAsVCRs() {
        #expect(RecordMode.once.plan(fileExists: false) == .recordAfresh)
        #expect(RecordMode.once.plan(fileExists: true) == .replayOnly)
        #expect(RecordMode.newEpisodes.plan(fileExists: true) == .replayAndExtend)
        #expect(RecordMode.newEpisodes.plan(fileExists: false) == .recordAfresh)
        #expect(RecordMode.all.plan(fileExists: true) == .recordAfresh)
        #expect(RecordMode.none.plan(fileExists: true) == .replayOnly)
        #expect(RecordMode(rawValue: "new_episodes") == .newEpisodes)
    }

    @Test func onceRecordsAFreshFileThenOnlyReplaysIt() async throws {
        let upstream = try TestUpstream.echo()
        let folder = try TemporaryFolder()
        let har = folder.file("once.har")
        let first = try Proxies.recorder(upstream.baseURL, file: har, mode: .once)
        #expect(first.isRecording)
        let recorded = try await TestClient.get(first.baseURL + "/a")
        first.stop()

        let second = try Proxies.recorder(upstream.baseURL, file: har, mode: .once)
        defer { second.stop() }
        #expect(!second.isRecording)
        #expect(try await TestClient.get(second.baseURL + "/a").essence == recorded.essence)
        let unknown = try await TestClient.get(second.baseURL + "/b")
        #expect(unknown.status == 404)
        #expect(unknown.text.contains("this request is not in once.har"))
        #expect(unknown.text.contains("GET /a"))
        #expect(upstream.requests.count == 1)
    }

    @Test func newEpisodesReplaysWhatIsKnownAndRecordsTheRest() async throws {
        let upstream = try TestUpstream.echo()
        let folder = try TemporaryFolder()
        let har = folder.file("episodes.har")
        let first = try Proxies.recorder(upstream.baseURL, file: har, mode: .newEpisodes)
        let a = try await TestClient.get(first.baseURL + "/a")
        first.stop()

        let second = try Proxies.recorder(upstream.baseURL, file: har, mode: .newEpisodes)
        defer { second.stop() }
        #expect(try await TestClient.get(second.baseURL + "/a").essence == a.essence)
        let b = try await TestClient.get(second.baseURL + "/b")
        #expect(b.text.contains(#""n":2"#))
        #expect(upstream.requests.map(\.path) == ["/a", "/b"])
        #expect(try HARDocument(contentsOf: har).log.entries.map(\.request.target) == ["/a", "/b"])
        #expect(second.recordedCount == 2)
    }

    @Test func allForwardsEverythingIntoAFreshFile() async throws {
        let upstream = try TestUpstream.echo()
        let folder = try TemporaryFolder()
        let har = folder.file("all.har")
        let first = try Proxies.recorder(upstream.baseURL, file: har, mode: .all)
        _ = try await TestClient.get(first.baseURL + "/a")
        _ = try await TestClient.get(first.baseURL + "/b")
        first.stop()

        let second = try Proxies.recorder(upstream.baseURL, file: har, mode: .all)
        defer { second.stop() }
        #expect(try HARDocument(contentsOf: har).log.entries.isEmpty)
        let again = try await TestClient.get(second.baseURL + "/a")
        #expect(again.text.contains(#""n":3"#))
        #expect(try HARDocument(contentsOf: har).log.entries.map(\.request.target) == ["/a"])
    }

    @Test func noneNeedsARecordingAndOnlyReplaysIt() async throws {
        let upstream = try TestUpstream.echo()
        let folder = try TemporaryFolder()
        let har = folder.file("none.har")
        #expect {
            try Proxies.recorder(upstream.baseURL, file: har, mode: .none)
        } throws: { error in
            (error as? RecordingError)?.description.contains("no such recording (mode none only replays)") == true
        }
        let recording = try Proxies.recorder(upstream.baseURL, file: har, mode: .all)
        let a = try await TestClient.get(recording.baseURL + "/a")
        recording.stop()

        let replaying = try Proxies.recorder(upstream.baseURL, file: har, mode: .none)
        defer { replaying.stop() }
        #expect(try await TestClient.get(replaying.baseURL + "/a").essence == a.essence)
        let unknown = try await TestClient.get(replaying.baseURL + "/c")
        #expect(unknown.status == 404)
        #expect(unknown.text.contains("No stub matched this request"))
        #expect(upstream.requests.count == 1)
    }
}
