import UnderstudyCore

/// `application/x-www-form-urlencoded` encoding, as used by query strings and form bodies.
public enum FormEncoding {
    /// Decodes `a=1&b=x+y` into ordered name/value pairs; `+` becomes a space.
    public static func decode(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = unescape(parts[0])
            let value = parts.count > 1 ? unescape(parts[1]) : ""
            return (name, value)
        }
    }

    /// Encodes name/value pairs as `a=1&b=x+y`.
    public static func encode(_ pairs: [(name: String, value: String)]) -> String {
        pairs.map { escape($0.name) + "=" + escape($0.value) }.joined(separator: "&")
    }

    /// Percent-encodes everything but unreserved characters; spaces become `+`.
    public static func escape(_ text: String) -> String {
        PercentEncoding.formComponent(text)
    }

    /// Decodes `%XX` sequences and `+`; malformed escapes are kept as they are.
    public static func unescape(_ text: Substring) -> String {
        percentDecode(text.utf8, plusIsSpace: true)
    }

    /// Decodes `%XX` sequences (and `+` to a space when `plusIsSpace`); malformed escapes are
    /// kept as they are, and invalid UTF-8 is repaired.
    public static func percentDecode(_ text: some Collection<UInt8>, plusIsSpace: Bool) -> String {
        let input = Array(text)
        guard input.contains(UInt8(ascii: "%")) || (plusIsSpace && input.contains(UInt8(ascii: "+"))) else {
            return String(decoding: input, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "+") && plusIsSpace {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
                continue
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
