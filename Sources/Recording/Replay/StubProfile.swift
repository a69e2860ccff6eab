import Foundation
import UnderstudyCore

/// How closely compiled stubs hold to the recording.
public enum StubProfile: Sendable, Hashable {
    /// For replay: requests match the recording exactly except that redaction placeholders match
    /// any value; responses are the recorded bytes.
    case replay
    /// For a stub directory: also dates, timestamps and UUIDs in requests become regular
    /// expressions, `Authorization` must carry the recorded scheme, placeholders and timestamps
    /// near the recording time in responses become templates, and bodies over 4 KiB go to `__files/`.
    case stubs

    /// The volatile kind of `text` this profile generalises, if any.
    func volatileKind(of text: String) -> VolatileValue? {
        guard let kind = VolatileValue.classify(text) else { return nil }
        return self == .stubs || kind == .placeholder ? kind : nil
    }

    /// The WireMock value matcher for a recorded value: `equalTo`, or `matches` when the value is
    /// volatile or holds placeholders.
    func matcher(for text: String) -> JSONValue {
        if let kind = volatileKind(of: text) { return ["matches": .string(kind.regex)] }
        if Placeholder.occurs(in: text) { return ["matches": .string(Self.regex(for: text, placeholder: ".+"))] }
        return ["equalTo": .string(text)]
    }

    /// A regular expression matching `text` with each placeholder standing for `placeholder`.
    static func regex(for text: String, placeholder: String) -> String {
        Placeholder.split(text).map { piece in
            switch piece {
            case .literal(let literal): return NSRegularExpression.escapedPattern(for: literal)
            case .placeholder: return placeholder
            }
        }.joined()
    }
}
