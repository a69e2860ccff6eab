/// Decoding JSON string tokens as written in text.
enum JSONStringLiteral {
    /// The text of a string token (quotes included), escapes decoded; `nil` when malformed.
    static func decode(_ token: ArraySlice<UInt8>) -> String? {
        guard token.count >= 2, token.first == UInt8(ascii: "\""), token.last == UInt8(ascii: "\"") else { return nil }
        var output: [UInt8] = []
        var units: [UInt16] = []
        var index = token.startIndex + 1
        let end = token.endIndex - 1
        func flushUnits() {
            guard !units.isEmpty else { return }
            output += Array(String(decoding: units, as: UTF16.self).utf8)
            units = []
        }
        while index < end {
            let byte = token[index]
            guard byte == UInt8(ascii: "\\") else {
                flushUnits()
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < end else { return nil }
            let escape = token[index + 1]
            index += 2
            if escape == UInt8(ascii: "u") {
                guard index + 4 <= end, let unit = UInt16(String(decoding: token[index..<index + 4], as: UTF8.self), radix: 16)
                else { return nil }
                units.append(unit)
                index += 4
                continue
            }
            flushUnits()
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            default: return nil
            }
        }
        flushUnits()
        return String(decoding: output, as: UTF8.self)
    }
}
