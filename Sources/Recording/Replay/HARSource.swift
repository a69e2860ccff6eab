import Foundation

/// A recording with the name that stubs compiled from it carry (its file name without `.har`).
public struct HARSource: Sendable {
    /// The name: letters, digits, `.`, `_` and `-` only.
    public var name: String
    /// The recording.
    public var document: HARDocument

    /// Names a recording; other characters in `name` become `-`.
    public init(name: String, document: HARDocument) {
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" })
        self.name = safe.isEmpty ? "recording" : safe
        self.document = document
    }

    /// Reads the HAR file at `url`, named after the file.
    public init(contentsOf url: URL) throws(HARLoadError) {
        let base = url.deletingPathExtension().lastPathComponent
        self.init(name: base, document: try HARDocument(contentsOf: url))
    }
}
