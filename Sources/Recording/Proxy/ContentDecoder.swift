import Foundation

/// Undoes the content codings the recorder can undo (gzip and deflate), so that the HAR holds
/// the body as browsers write it: decoded, for people and for redaction to read.
enum ContentDecoder {
    /// The largest decoded body: a body that inflates past it is recorded as it came.
    static let maximumDecodedSize = 64 * 1024 * 1024

    /// `body` with `codings` undone, the last applied first; `nil` when a coding is one the
    /// recorder cannot undo (`br`, `zstd`, ...), the bytes are broken, or the body would grow past
    /// `limit` bytes.
    static func decoded(_ body: Data, codings: ContentCodings, limit: Int = maximumDecodedSize) -> Data? {
        guard !body.isEmpty else { return body }
        var data = body
        for coding in codings.names.reversed() {
            switch coding {
            case "gzip", "x-gzip":
                guard let inflated = Inflater.inflated(data, format: .gzipOrZlib, limit: limit) else { return nil }
                data = inflated
            case "deflate":
                let inflated =
                    Inflater.inflated(data, format: .gzipOrZlib, limit: limit) ?? Inflater.inflated(data, format: .rawDeflate, limit: limit)
                guard let inflated else { return nil }
                data = inflated
            default:
                return nil
            }
        }
        return data
    }
}
