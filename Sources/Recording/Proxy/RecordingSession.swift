import Foundation
import Synchronization
import UnderstudyCore

/// The recording being written: the HAR document, the session's redactor, and the file, behind
/// one lock so exchanges finishing together are redacted and written one after the other.
final class RecordingSession: Sendable {
    private struct State {
        var document: HARDocument
        var redactor: Redactor
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
        self.file = file
        self.state = Mutex(State(document: document, redactor: redactor))
        if existing == nil { try HARWriter.write(document, to: file) }
    }

    /// Redacts `entry`, appends it and rewrites the file; returns the entry as written.
    func record(_ entry: HAREntry) throws(RecordingError) -> HAREntry {
        try state.withLock { state throws(RecordingError) -> HAREntry in
            let redacted = state.redactor.redact(entry)
            state.document.log.entries.append(redacted)
            let summary = RedactionSummary(entries: state.document.log.entries, names: state.redactor.names)
            state.document.log.extras["_redactions"] = JSONValueCoding.encode(summary)
            try HARWriter.write(state.document, to: file)
            return redacted
        }
    }

    /// How many entries the recording holds.
    var entryCount: Int { state.withLock { $0.document.log.entries.count } }
}
