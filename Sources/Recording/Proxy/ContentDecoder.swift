import Foundation

/// Undoes the content codings the recorder can undo (gzip and deflate), so that the HAR holds
/// the body as browsers write it: decoded, for people and for redaction to read.
enum ContentDecoder {
    /// `body` with `codings` undone, the last applied first; `nil` when a coding is one the
    /// recorder cannot undo (`br`, `zstd`, ...) or the bytes are broken.
    static func decoded(_ body: Data, codings: ContentCodings) -> Data? {
        guard !body.isEmpty else { return body }
        var data = body
        for coding in codings.names.reversed() {
            switch coding {
            case "gzip", "x-gzip":
                guard let inflated = Inflater.inflated(data, format: .gzipOrZlib) else { return nil }
                data = inflated
            case "deflate":
                let inflated = Inflater.inflated(data, format: .gzipOrZlib) ?? Inflater.inflated(data, format: .rawDeflate)
                guard let inflated else { return nil }
                data = inflated
            default:
                return nil
            }
        }
        return data
    }
}
