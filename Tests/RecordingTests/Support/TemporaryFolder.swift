import Foundation

/// A fresh folder under the temporary directory, removed when the value is released.
final class TemporaryFolder {
    /// The folder.
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("understudy-recording-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Every file below `url`, as text (for "no secret anywhere" checks).
    static func text(under url: URL) -> String {
        guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return "" }
        return walker.compactMap { $0 as? URL }.compactMap { try? Data(contentsOf: $0) }
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
