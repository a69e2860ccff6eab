import CCurl
import Foundation

/// zlib's inflate over whole bodies: gzip (several members too), zlib-wrapped deflate and raw
/// deflate, as HTTP's `gzip` and `deflate` content codings carry them.
enum Inflater {
    /// The format of a compressed body.
    enum Format {
        /// gzip or a zlib stream, told apart by their headers.
        case gzipOrZlib
        /// Deflate data without a header (what some servers send as `deflate`).
        case rawDeflate

        var windowBits: Int32 {
            switch self {
            case .gzipOrZlib: 15 + 32
            case .rawDeflate: -15
            }
        }
    }

    private static let chunkSize = 64 * 1024

    /// `data` inflated; `nil` when it is not in `format`, ends early, or would grow past `limit`
    /// bytes (a compression bomb). Bytes after the last stream that do not start another gzip
    /// member are ignored, as browsers ignore them.
    static func inflated(_ data: Data, format: Format, limit: Int) -> Data? {
        var stream = z_stream()
        guard understudy_inflate_init(&stream, format.windowBits) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let input = [UInt8](data)
        return input.withUnsafeBufferPointer { input -> Data? in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    output.append(buffer.baseAddress!, count: buffer.count - Int(stream.avail_out))
                    return status
                }
                guard output.count <= limit else { return nil }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    let rest = UnsafeBufferPointer(start: stream.next_in, count: Int(stream.avail_in))
                    guard rest.starts(with: [0x1F, 0x8B]), inflateReset(&stream) == Z_OK else { return output }
                default:
                    return nil
                }
            }
        }
    }
}
