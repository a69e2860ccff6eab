import Foundation

/// Stub mappings and body files compiled from recordings, laid out as a stub directory:
/// `mappings/<recording>/NNNN-<method>-<path>.json` and `__files/<recording>/...`.
public struct CompiledStubs: Sendable {
    /// A file to write, by its path relative to the stub directory.
    public struct File: Sendable, Hashable {
        /// `mappings/session/0003-get-api-v1-users.json`.
        public var path: String
        /// The contents.
        public var data: Data
    }

    /// The recordings' names (each owns `mappings/<name>/` and `__files/<name>/`).
    public var sourceNames: [String]
    /// The mapping files, in recorded order.
    public var mappings: [File] = []
    /// The body files.
    public var bodies: [File] = []
    /// Entries that were skipped, and why.
    public var notes: [String] = []

    /// Writes the files under `directory`, first removing what an earlier compile of the same
    /// recordings wrote there (other stubs are left alone).
    public func write(to directory: URL) throws(RecordingError) {
        let manager = FileManager.default
        do {
            for name in sourceNames {
                for folder in ["mappings", "__files"] {
                    let owned = directory.appendingPathComponent(folder).appendingPathComponent(name)
                    if manager.fileExists(atPath: owned.path) { try manager.removeItem(at: owned) }
                }
            }
            try manager.createDirectory(at: directory.appendingPathComponent("mappings"), withIntermediateDirectories: true)
            for file in mappings + bodies {
                let url = directory.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .atomic)
            }
        } catch {
            throw .cannotWrite(file: directory.path, reason: error.localizedDescription)
        }
    }
}
