import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes HAR files atomically: the whole text to a temporary file beside the target, then
/// a rename over it, so a reader (or a recorder killed mid-write) never sees half a file.
enum HARWriter {
    /// Writes the file's `text` to `file`.
    static func write(_ text: Data, to file: URL) throws(RecordingError) {
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try text.write(to: temporary)
        } catch {
            throw .cannotWrite(file: file.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(file: file.path, reason: reason)
        }
    }
}
