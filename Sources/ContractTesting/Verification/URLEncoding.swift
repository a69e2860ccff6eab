/// Percent-encoding for the URLs a verifier builds (RFC 3986).
enum URLEncoding {
    /// A decoded path with every byte that may not appear in a path segment written as `%XX`
    /// (`/` separates segments and stays).
    static func path(_ path: String) -> String {
        encode(path, keeping: "/:@!$&'()*+,;=")
    }

    /// A query name or value: everything but the unreserved characters is written as `%XX`.
    static func component(_ text: String) -> String {
        encode(text, keeping: "")
    }

    private static func encode(_ text: String, keeping extra: String) -> String {
        let kept = Set(extra.utf8)
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where kept.contains(byte):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += hex.count == 1 ? "%0" + hex : "%" + hex
            }
        }
        return output
    }
}
