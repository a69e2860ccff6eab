/// Percent-encoding of URL paths, query strings and form bodies: every byte but the unreserved
/// characters of RFC 3986 (`A-Z a-z 0-9 - . _ ~`) is written as `%XX`.
enum PercentEncoding {
    /// Encodes a path segment, a query name or a query value (a space becomes `%20`).
    static func component(_ text: String) -> String {
        encode(text, spaceAsPlus: false)
    }

    /// Encodes a name or value of an `application/x-www-form-urlencoded` body (a space becomes `+`).
    static func formComponent(_ text: String) -> String {
        encode(text, spaceAsPlus: true)
    }

    private static func encode(_ text: String, spaceAsPlus: Bool) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " ") where spaceAsPlus:
                output += "+"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += hex.count == 1 ? "%0" + hex : "%" + hex
            }
        }
        return output
    }
}
