import Foundation

/// The content codings a response's `Content-Encoding` names, and whether a recorded body is
/// still in them (served as it is, with the header) or was recorded decoded (served without it).
struct ContentCodings: Sendable, Equatable {
    /// The codings in the order they were applied, lower-cased, `identity` left out.
    var names: [String]

    /// The codings named by the `Content-Encoding` values `values` (several headers count as one
    /// list).
    init(_ values: [String]) {
        names = values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && $0 != "identity" }
    }

    /// Whether no coding applies.
    var isEmpty: Bool { names.isEmpty }

    /// Whether `body`, as a HAR holds it (`storedAsBase64`: its `content.encoding` is `base64`),
    /// is still encoded. HAR bodies are decoded by convention; the recorder keeps a body raw (as
    /// base64) only when it cannot undo the coding. So: gzip when the bytes start like gzip,
    /// deflate when they are base64 and start like a zlib stream, any other coding (`br`, `zstd`)
    /// when they are base64.
    func stillApply(to body: Data, storedAsBase64: Bool) -> Bool {
        guard let outermost = names.last else { return false }
        switch outermost {
        case "gzip", "x-gzip":
            return body.starts(with: [0x1F, 0x8B])
        case "deflate":
            guard storedAsBase64, body.count >= 2 else { return false }
            let method = body[body.startIndex], flags = body[body.startIndex + 1]
            return method & 0x0F == 8 && method >> 4 <= 7 && (UInt16(method) << 8 | UInt16(flags)) % 31 == 0
        default:
            return storedAsBase64
        }
    }
}
