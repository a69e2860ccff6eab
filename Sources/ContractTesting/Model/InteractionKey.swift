import UnderstudyCore

/// Computes a stable V4 `key` for an interaction that has none: a 64-bit FNV-1a hash of its
/// canonical JSON (sorted keys, without the key itself), as 16 hex digits.
enum InteractionKey {
    /// The key for `interaction`; equal content always gives the same key.
    static func compute(for interaction: PactInteraction) -> String {
        var keyless = interaction
        keyless.key = ""
        var object = PactWriter.json(keyless).objectValue ?? [:]
        object["key"] = nil
        return fnv1a(JSONValue.object(object).serialized())
    }

    private static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
