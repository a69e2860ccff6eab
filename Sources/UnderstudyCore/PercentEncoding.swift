/// Percent-encoding (RFC 3986) for URL paths, query strings and form bodies: every byte but the
/// unreserved characters (`A-Z a-z 0-9 - . _ ~`) and those a place allows is written as `%XX`.
public enum PercentEncoding {
    /// Encodes a path segment, a query name or a query value (a space becomes `%20`).
    public static func component(_ text: String) -> String {
        encode(text, keeping: [], spaceAsPlus: false)
    }

    /// Encodes a name or value of an `application/x-www-form-urlencoded` body (a space becomes `+`).
    public static func formComponent(_ text: String) -> String {
        encode(text, keeping: [], spaceAsPlus: true)
    }

    /// Encodes a decoded path: `/` separates segments and stays, as do the sub-delimiters, `:`
    /// and `@` that a path segment may hold.
    public static func path(_ path: String) -> String {
        encode(path, keeping: pathCharacters, spaceAsPlus: false)
    }

    private static let pathCharacters = Set("/:@!$&'()*+,;=".utf8)

    private static func encode(_ text: String, keeping kept: Set<UInt8>, spaceAsPlus: Bool) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " ") where spaceAsPlus:
                output += "+"
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
