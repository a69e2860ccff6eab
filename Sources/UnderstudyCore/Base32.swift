/// Base32 as defined in RFC 4648 §6 (alphabet `A`–`Z`, `2`–`7`), the encoding of TOTP secrets.
public enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// Decodes Base32 text. Letters may be in either case; spaces, hyphens and trailing `=`
    /// padding are ignored, as authenticator apps print secrets in groups.
    public static func decode(_ text: String) throws(Base32Error) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer: UInt32 = 0
        var bitCount = 0
        var paddingStarted = false
        for (offset, character) in text.enumerated() {
            if character == " " || character == "-" { continue }
            if character == "=" {
                paddingStarted = true
                continue
            }
            guard !paddingStarted else { throw Base32Error(reason: "character after '=' padding", position: offset + 1) }
            guard let value = value(of: character) else {
                throw Base32Error(reason: "'\(character)' is not a Base32 character", position: offset + 1)
            }
            buffer = (buffer << 5) | UInt32(value)
            bitCount += 5
            if bitCount >= 8 {
                bitCount -= 8
                bytes.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bitCount)))
                buffer &= (1 << UInt32(bitCount)) - 1
            }
        }
        return bytes
    }

    /// Encodes bytes as upper-case Base32 without padding.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bitCount = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bitCount += 8
            while bitCount >= 5 {
                bitCount -= 5
                output.append(alphabet[Int((buffer >> UInt32(bitCount)) & 0x1F)])
            }
            buffer &= (1 << UInt32(bitCount)) - 1
        }
        if bitCount > 0 { output.append(alphabet[Int((buffer << UInt32(5 - bitCount)) & 0x1F)]) }
        return String(decoding: output, as: UTF8.self)
    }

    private static func value(of character: Character) -> UInt8? {
        guard let ascii = character.asciiValue else { return nil }
        switch ascii {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return ascii - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return ascii - UInt8(ascii: "a")
        case UInt8(ascii: "2")...UInt8(ascii: "7"): return ascii - UInt8(ascii: "2") + 26
        default: return nil
        }
    }
}

/// Why text is not valid Base32.
public struct Base32Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var reason: String
    /// The 1-based character position of the problem.
    public var position: Int

    public var description: String { "invalid Base32 at character \(position): \(reason)" }
}
