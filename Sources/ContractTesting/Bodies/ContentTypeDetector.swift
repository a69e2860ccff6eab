import Foundation
import UnderstudyCore

/// Guesses a content type from the first bytes of a body, for bodies that arrive without one.
enum ContentTypeDetector {
    /// The detected content type, or `nil` for an empty body.
    static func detect(_ data: Data) -> String? {
        guard !data.isEmpty else { return nil }
        let bytes = Array(data.prefix(8))
        for (magic, type) in signatures where bytes.starts(with: magic) { return type }
        guard let text = String(data: data, encoding: .utf8) else { return "application/octet-stream" }
        return detect(text)
    }

    /// The detected content type of text: JSON, XML or plain text.
    static func detect(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") { return "text/html" }
        if lowered.hasPrefix("<?xml") || (trimmed.hasPrefix("<") && trimmed.hasSuffix(">")) { return "application/xml" }
        if let first = trimmed.first, "{[\"".contains(first) || trimmed == "null" || trimmed == "true" || trimmed == "false",
            (try? JSONValue(parsing: trimmed)) != nil
        {
            return "application/json"
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0) }) {
            return "application/octet-stream"
        }
        return "text/plain"
    }

    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "image/png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg"),
        ([0x47, 0x49, 0x46, 0x38], "image/gif"),
        ([0x25, 0x50, 0x44, 0x46], "application/pdf"),
        ([0x50, 0x4B, 0x03, 0x04], "application/zip"),
        ([0x1F, 0x8B], "application/gzip"),
    ]
}
