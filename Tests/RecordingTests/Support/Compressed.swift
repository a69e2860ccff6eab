import Foundation

/// Bodies compressed by zlib (not by the code under test), to check decoding against.
enum Compressed {
    /// The JSON every fixture holds.
    static let json = #"{"people":[{"name":"someone","n":0},{"name":"someone","n":1},{"name":"someone","n":2}]}"#
    /// ``json`` gzipped (Python's `gzip.compress`, `mtime=0`).
    static let gzip = Data(base64Encoded: "H4sIAAAAAAACA6tWKkjNL8hJVbKKrlbKS8wFMpSK83NT8/NSlXSU8pSsDGp1sEsY4pIwqo2tBQBpcrDqVwAAAA==")!
    /// ``json`` as a zlib stream (`zlib.compress`).
    static let zlib = Data(base64Encoded: "eJyrVipIzS/ISVWyiq5WykvMBTKUivNzU/PzUpV0lPKUrAxqdbBLGOKSMKqNrQUA3awb2g==")!
    /// ``json`` as raw deflate data (`wbits=-15`).
    static let rawDeflate = Data(base64Encoded: "q1YqSM0vyElVsoquVspLzAUylIrzc1Pz81KVdJTylKwManWwSxjikjCqja0FAA==")!
    /// `hello` compressed with brotli, which the recorder cannot undo.
    static let brotli = Data([0x0B, 0x02, 0x80, 0x68, 0x65, 0x6C, 0x6C, 0x6F, 0x03])
}
