import UnderstudyCore

extension Redactor {
    /// A body with the secrets found by its structure replaced: JSON (formatting kept), form
    /// fields (whatever the media type says: Loket posts forms as `text/plain`); other text is
    /// left to the known-secret pass.
    mutating func redactBody(_ text: String, mimeType: String, path: String) -> String {
        if let redacted = redactJSON(text, path: path) { return redacted }
        if mimeType.lowercased().contains("x-www-form-urlencoded") || Self.looksLikeForm(text) {
            return redactForm(text, path: path)
        }
        return text
    }

    /// JSON text with secret members' values replaced (numbers become placeholder strings), JSON
    /// held in strings and URLs held in strings redacted in turn; `nil` when `text` is not JSON.
    private mutating func redactJSON(_ text: String, path: String) -> String? {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard trimmed.first == "{" || trimmed.first == "[",
            let findings = JSONTextScanner.scan(text, isSecret: names.isSecret)
        else { return nil }
        var edits: [(range: Range<Int>, text: String)] = []
        for finding in findings {
            let replacement: String?
            switch finding.kind {
            case .secret(let key, let value):
                let placeholder = conceal(value, name: key, path: path, field: finding.path)
                replacement = placeholder == value ? nil : JSONValue.string(placeholder).serialized()
            case .nestedJSON(let inner):
                let redacted = redactJSON(inner, path: "\(path) \(finding.path)") ?? inner
                replacement = redacted == inner ? nil : JSONValue.string(redacted).serialized()
            case .url(let inner):
                let redacted = redactURL(inner, path: "\(path) \(finding.path)")
                replacement = redacted == inner ? nil : JSONValue.string(redacted).serialized()
            }
            if let replacement { edits.append((finding.range, replacement)) }
        }
        var bytes = Array(text.utf8)
        for edit in edits.reversed() { bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8)) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
