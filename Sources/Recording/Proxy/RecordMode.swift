/// When the recorder forwards and records, and when it replays (VCR's record modes).
public enum RecordMode: String, Sendable, CaseIterable {
    /// Record when the file does not exist yet; otherwise replay only.
    case once
    /// Replay what the file holds; forward and record everything else.
    case newEpisodes = "new_episodes"
    /// Forward and record everything; the file is started afresh.
    case all
    /// Replay only; an unrecorded request gets 404 with a near-miss report.
    case none

    /// What the mode means for a file that exists (or not).
    func plan(fileExists: Bool) -> RecordPlan {
        switch self {
        case .once: return fileExists ? .replayOnly : .recordAfresh
        case .newEpisodes: return fileExists ? .replayAndExtend : .recordAfresh
        case .all: return .recordAfresh
        case .none: return .replayOnly
        }
    }
}

/// What the recorder does with the file, once the mode met the file system.
enum RecordPlan: Equatable {
    /// Replay the file; forward nothing.
    case replayOnly
    /// Replay the file; forward and append what it lacks.
    case replayAndExtend
    /// Start an empty file; forward and record everything.
    case recordAfresh
}
