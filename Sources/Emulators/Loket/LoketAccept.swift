/// Content negotiation for Loket's versioned JSON.
///
/// Loket versions resources through the `Accept` header (`application/json;version=2018-01-01`)
/// and serves the newest version not newer than the one asked for; plain `application/json`
/// (what the connector sends), `*/*` and no header at all get the current version. The emulator
/// serves one version, `2018-01-01`, so a version date before it, or one that is not a date,
/// cannot be served.
enum LoketAccept {
    /// Why the `Accept` header `header` cannot be served (the 406 message), or `nil` when it can.
    static func refusal(_ header: String?) -> String? {
        guard let header, !header.allSatisfy(\.isWhitespace) else { return nil }
        var unservedVersion: String?
        for range in header.split(separator: ",") {
            let parts = range.split(separator: ";").map(Self.trimmed)
            guard let type = parts.first?.lowercased(), ["application/json", "application/*", "*/*"].contains(type) else { continue }
            let version = parts.dropFirst().compactMap { parameter -> String? in
                let pair = parameter.split(separator: "=", maxSplits: 1).map(Self.trimmed)
                guard pair.count == 2, pair[0].lowercased() == "version" else { return nil }
                return pair[1].count >= 2 && pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") ? String(pair[1].dropFirst().dropLast()) : pair[1]
            }.first
            guard let version else { return nil }
            if let date = LoketDate(parsing: version), let served = LoketDate(parsing: LoketResponse.resourceVersion), date >= served {
                return nil
            }
            unservedVersion = version
        }
        if let unservedVersion {
            return "The requested version '\(unservedVersion)' is not available; the oldest available version is \(LoketResponse.resourceVersion)."
        }
        return "The requested media type is not available; the resource is available as application/json."
    }

    /// `text` without surrounding whitespace (without Foundation, as this runs for every request).
    private static func trimmed(_ text: Substring) -> String {
        var text = text
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
