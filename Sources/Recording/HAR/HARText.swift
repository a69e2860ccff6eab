import Foundation
import UnderstudyCore

/// The text of a HAR file: JSON indented by two spaces, keys sorted, a final newline. Entries are
/// serialized one by one, so a recorder appending to a long recording serializes only the new one.
enum HARText {
    /// The indentation of an entry inside `{"log": {"entries": [...]}}`.
    private static let entryIndent = "      "
    /// How the empty entries list of the log is written.
    private static let emptyEntries = "\n    \"entries\": []"

    /// `entry` as it is written in the file (indented for its place in the entries list).
    static func entry(_ entry: HAREntry) -> String {
        // JSON strings never hold a raw line break, so every line break is indentation.
        entryIndent + JSONValueCoding.encode(entry).serialized(pretty: true).replacingOccurrences(of: "\n", with: "\n" + entryIndent)
    }

    /// The file for `log` with the entries written by ``entry(_:)`` (the log's own entries are ignored).
    static func document(_ log: HARLog, entries: [String]) -> Data {
        var bare = log
        bare.entries = []
        let text = JSONValueCoding.encode(HARDocument(log: bare)).serialized(pretty: true)
        guard !entries.isEmpty, let range = text.range(of: emptyEntries) else { return Data((text + "\n").utf8) }
        let list = "\n    \"entries\": [\n" + entries.joined(separator: ",\n") + "\n    ]"
        return Data((text.replacingCharacters(in: range, with: list) + "\n").utf8)
    }
}
