import MicroHTTP
import UnderstudyCore

/// The spellings under which a secret turns up in recorded text: as it is, URL-encoded (with
/// `+` or `%20` for spaces), JSON-escaped once or twice (JSON inside a JSON string), and with
/// escaped slashes.
enum SecretVariants {
    /// One spelling and whether it is URL-encoded (its placeholder is then URL-encoded too).
    struct Variant: Hashable {
        var text: String
        var isURLEncoded: Bool
    }

    /// Every distinct spelling of `value`, the value itself first.
    static func of(_ value: String) -> [Variant] {
        let form = FormEncoding.escape(value)
        let once = escapedForJSON(value)
        let twice = escapedForJSON(once)
        var seen: Set<String> = []
        return [
            Variant(text: value, isURLEncoded: false),
            Variant(text: form, isURLEncoded: true),
            Variant(text: form.replacingOccurrences(of: "+", with: "%20"), isURLEncoded: true),
            Variant(text: once, isURLEncoded: false),
            Variant(text: twice, isURLEncoded: false),
            Variant(text: once.replacingOccurrences(of: "/", with: "\\/"), isURLEncoded: false),
        ].filter { seen.insert($0.text).inserted }
    }

    /// `text` as it is written between the quotes of a JSON string.
    static func escapedForJSON(_ text: String) -> String {
        String(JSONValue.string(text).serialized().dropFirst().dropLast())
    }
}
