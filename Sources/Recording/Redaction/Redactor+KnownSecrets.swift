extension Redactor {
    /// Replaces every known secret wherever it occurs in the entry: URL, headers, query values,
    /// cookies, bodies and the redirect URL.
    mutating func replaceKnownSecrets(in entry: inout HAREntry) {
        guard !table.isEmpty else { return }
        entry.request.url = replaceKnown(in: entry.request.url, isURL: true, path: "request.url")
        entry.request.headers = replaceKnown(in: entry.request.headers, \.value) { "request.headers.\($0.name)" }
        entry.request.queryString = replaceKnown(in: entry.request.queryString, \.value) { _ in "request.queryString" }
        entry.request.cookies = replaceKnown(in: entry.request.cookies, \.value) { _ in "request.cookies" }
        if var postData = entry.request.postData {
            if let text = postData.text, postData.encoding != "base64" {
                postData.text = replaceKnown(in: text, isURL: false, path: "request.postData.text")
            }
            postData.params = postData.params?.map { param in
                var param = param
                param.value = param.value.map { replaceKnown(in: $0, isURL: false, path: "request.postData.params") }
                return param
            }
            entry.request.postData = postData
        }
        entry.response.headers = replaceKnown(in: entry.response.headers, \.value) { "response.headers.\($0.name)" }
        entry.response.cookies = replaceKnown(in: entry.response.cookies, \.value) { _ in "response.cookies" }
        entry.response.redirectURL = replaceKnown(in: entry.response.redirectURL, isURL: true, path: "response.redirectURL")
        if let text = entry.response.content.text, entry.response.content.encoding != "base64" {
            entry.response.content.text = replaceKnown(in: text, isURL: false, path: "response.content.text")
        }
    }

    /// `items` with the known secrets in each one's `value` replaced, recorded at `path(item)`.
    private mutating func replaceKnown<Item>(
        in items: [Item], _ value: WritableKeyPath<Item, String>, path: (Item) -> String
    ) -> [Item] {
        items.map { item in
            var item = item
            item[keyPath: value] = replaceKnown(in: item[keyPath: value], isURL: false, path: path(item))
            return item
        }
    }

    /// `text` with each known secret (longest first), in each of its spellings, replaced by its
    /// placeholder (URL-encoded in URLs and where the secret was URL-encoded); records each
    /// placeholder written at `path`.
    mutating func replaceKnown(in text: String, isURL: Bool, path: String) -> String {
        var result = text
        for secret in table.longestFirst where secret.value.count >= Self.minimumSearchedLength {
            for variant in SecretVariants.of(secret.value) where result.contains(variant.text) {
                let placeholder = isURL || variant.isURLEncoded ? Placeholder.urlEncoded(secret.placeholder) : secret.placeholder
                let replaced =
                    secret.value.count >= Self.minimumEmbeddedLength
                    ? result.replacingOccurrences(of: variant.text, with: placeholder)
                    : Self.replacing(standalone: variant.text, with: placeholder, in: result)
                guard replaced != result else { continue }
                result = replaced
                let record = RedactionRecord(name: secret.name, path: path, placeholder: secret.placeholder)
                if !records.contains(record) { records.append(record) }
            }
        }
        return result
    }

    /// `text` with the occurrences of `value` that no letter or digit touches replaced.
    private static func replacing(standalone value: String, with replacement: String, in text: String) -> String {
        var result = ""
        var rest = text[...]
        while let found = rest.range(of: value) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : nil
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
            let apart = !(before.map { $0.isLetter || $0.isNumber } ?? false) && !(after.map { $0.isLetter || $0.isNumber } ?? false)
            result += rest[..<found.lowerBound]
            result += apart ? replacement : String(rest[found])
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}
