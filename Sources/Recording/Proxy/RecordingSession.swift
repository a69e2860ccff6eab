import Foundation
import Synchronization
import UnderstudyCore

/// The recording being written: the HAR document, the session's redactor, and the file, behind
/// one lock so exchanges finishing together are redacted and written one after the other.
final class RecordingSession: Sendable {
    private struct State {
        var log: HARLog
        var redactor: Redactor
        /// Each entry as written, so a write serializes only the newest.
        var entryTexts: [String]
        var summary: RedactionSummary
    }

    /// The HAR file.
    let file: URL
    private let state: Mutex<State>

    /// A session appending to `existing` (its placeholders keep their numbers; entries another
    /// tool wrote are redacted too, when the file is next written), or starting an empty
    /// recording that is written at once.
    init(file: URL, existing: HARDocument?, names: SecretNames) throws(RecordingError) {
        var redactor = Redactor(names: names)
        var document = existing ?? HARDocument()
        redactor.continueNumbering(after: document.log)
        document.log.entries = document.log.entries.map { redactor.redact($0) }
        let summary = RedactionSummary(entries: document.log.entries, names: names)
        self.file = file
        self.state = Mutex(State(log: document.log, redactor: redactor, entryTexts: document.log.entries.map(HARText.entry), summary: summary))
        if existing == nil { try HARWriter.write(document.encoded(), to: file) }
    }

    /// Redacts `entry`, appends it and rewrites the file; returns the entry as written.
    func record(_ entry: HAREntry) throws(RecordingError) -> HAREntry {
        try state.withLock { state throws(RecordingError) -> HAREntry in
            let redacted = state.redactor.redact(entry)
            state.log.entries.append(redacted)
            state.entryTexts.append(HARText.entry(redacted))
            state.summary.add(redacted.redactions)
            state.log.extras["_redactions"] = JSONValueCoding.encode(state.summary)
            try HARWriter.write(HARText.document(state.log, entries: state.entryTexts), to: file)
            return redacted
        }
    }

    /// How many entries the recording holds.
    var entryCount: Int { state.withLock { $0.log.entries.count } }
}
