/// Deterministic UUID-shaped ids, so compiling the same recording twice writes the same files.
enum StableID {
    /// A UUID (version 4 layout) derived from `text` by two seeded hashes.
    static func uuid(for text: String) -> String {
        let high = hash(text, seed: 0xcbf2_9ce4_8422_2325)
        let low = hash(text, seed: 0x8422_2325_cbf2_9ce4)
        let hex = hex16(high) + hex16(low)
        let characters = Array(hex)
        var parts = [String(characters[0..<8]), String(characters[8..<12]), "4" + String(characters[13..<16])]
        parts.append("8" + String(characters[17..<20]))
        parts.append(String(characters[20..<32]))
        return parts.joined(separator: "-")
    }

    /// A short hash of `text` (8 hex digits), for names.
    static func short(_ text: String) -> String {
        String(hex16(hash(text, seed: 0xcbf2_9ce4_8422_2325)).prefix(8))
    }

    /// FNV-1a, then a finishing mix so that similar texts give unlike hashes.
    private static func hash(_ text: String, seed: UInt64) -> UInt64 {
        var value = seed
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
        value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
        return value ^ (value >> 31)
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
