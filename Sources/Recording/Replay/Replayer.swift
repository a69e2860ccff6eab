import Foundation
import Logging
import MicroHTTP
import Stubbing

/// Answers requests from recordings: the recordings are compiled with ``StubProfile/replay``
/// into a private stub directory and served by a ``StubServer`` (scenarios make repeated
/// requests replay in recorded order, then repeat the last).
public final class Replayer: Sendable {
    /// The stub server holding the compiled recordings (its admin API and journal work as usual).
    public let stubs: StubServer
    /// How many exchanges the recordings hold.
    public let exchangeCount: Int
    private let index: StubIndex
    private let folder: URL

    /// Compiles `sources` for replay.
    public init(sources: [HARSource]) throws(RecordingError) {
        let compiled = StubCompiler(profile: .replay).compile(sources)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("understudy-replay-\(UUID().uuidString)")
        try compiled.write(to: folder)
        do {
            stubs = try StubServer(directory: folder, logger: Logger(label: "understudy.replay", factory: { _ in SwiftLogNoOpLogHandler() }))
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .invalidStubs(error)
        }
        self.folder = folder
        exchangeCount = compiled.mappings.count
        index = StubIndex(stubs.currentMappings)
    }

    /// The recorded answer to `request` (the next in line for a repeated request), or `nil` when
    /// nothing recorded matches it.
    public func answer(_ request: HTTPRequest) -> HTTPAnswer? {
        guard index.bestMatch(for: request, scenarioStates: stubs.scenarios.state(of:)) != nil else { return nil }
        return stubs.handle(request)
    }

    /// A response for an unrecorded request: `heading`, then Stubbing's near-miss report (the
    /// closest recorded requests and why they differ).
    public func unrecordedResponse(_ request: HTTPRequest, status: Int, heading: String) -> HTTPResponse {
        let nearMisses = index.nearMisses(for: request, scenarioStates: stubs.scenarios.state(of:))
        return .text(heading + "\n\n" + NearMissReport.render(request: request, nearMisses: nearMisses), status: status)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
