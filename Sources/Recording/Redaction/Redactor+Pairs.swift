import MicroHTTP

extension Redactor {
    /// `url` with the values of secret-named query (and fragment) parameters replaced by
    /// URL-encoded placeholders.
    mutating func redactURL(_ url: String, path: String) -> String {
        guard let mark = url.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return url }
        var result = String(url[..<mark])
        var rest = url[mark...]
        while let separator = rest.first {
            rest = rest.dropFirst()
            let end = separator == "?" ? (rest.firstIndex(of: "#") ?? rest.endIndex) : rest.endIndex
            result += String(separator) + redactPairs(in: rest[..<end], path: path, encodePlaceholders: true)
            rest = rest[end...]
        }
        return result
    }

    /// A form-encoded body (`a=1&b=2`, also sent as `text/plain`) with secret fields replaced.
    mutating func redactForm(_ text: String, path: String) -> String {
        redactPairs(in: text[...], path: path, encodePlaceholders: false)
    }

    /// `a=1&b=2` with the values of secret-named fields replaced; the decoded value and the value
    /// as written both become known secrets.
    private mutating func redactPairs(in text: Substring, path: String, encodePlaceholders: Bool) -> String {
        text.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            guard let equals = pair.firstIndex(of: "=") else { return String(pair) }
            let name = FormEncoding.unescape(pair[..<equals])
            let written = String(pair[pair.index(after: equals)...])
            guard names.isSecret(name), let secret = register(FormEncoding.unescape(written[...]), name: name) else {
                return String(pair)
            }
            table.alias(written, to: secret)
            records.append(RedactionRecord(name: secret.name, path: path, field: name, placeholder: secret.placeholder))
            let placeholder = encodePlaceholders ? Placeholder.urlEncoded(secret.placeholder) : secret.placeholder
            return pair[...equals] + placeholder
        }.joined(separator: "&")
    }

    /// Whether `text` looks like a form-encoded body: `name=value` pairs joined by `&`, names
    /// made of letters, digits and `_-.[]`, no line breaks.
    static func looksLikeForm(_ text: String) -> Bool {
        guard text.contains("="), !text.contains("\n") else { return false }
        return text.split(separator: "&").allSatisfy { pair in
            guard let equals = pair.firstIndex(of: "="), equals > pair.startIndex else { return false }
            return pair[..<equals].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.[]%+".contains($0)) }
        }
    }
}
