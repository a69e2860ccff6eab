import Foundation
import UnderstudyCore

/// Keeping secrets out of messages: which names mark a secret, URLs with secret query values
/// masked, and text with known secret values masked.
enum SecretRedaction {
    /// What a secret is replaced with.
    static let mask = "*****"

    private static let secretFragments = ["password", "passwd", "secret", "token", "credential", "authorization", "signature", "assertion"]
    private static let secretNames: Set<String> = ["code", "otp", "pin", "pwd", "sig", "auth", "mfacode"]

    /// Whether a header, query, form or JSON member called `name` holds a secret: names such as
    /// `password`, `client_secret`, `refresh_token`, `X-Api-Key` (any name ending in `key`),
    /// `Authorization`, `code`. Case, `-` and `_` do not matter.
    static func isSecretName(_ name: String) -> Bool {
        let letters = String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
        return secretNames.contains(letters) || letters.hasSuffix("key") || secretFragments.contains { letters.contains($0) }
    }

    /// `url` as text without user info and with the values of secret query parameters masked.
    static func redactedURL(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url.absoluteString }
        components.user = nil
        components.password = nil
        if let query = components.percentEncodedQuery {
            components.percentEncodedQuery = query.split(separator: "&", omittingEmptySubsequences: false).map { pair in
                let name = String(pair.prefix { $0 != "=" })
                let decoded = name.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? name
                return isSecretName(decoded) ? name + "=" + mask : String(pair)
            }.joined(separator: "&")
        }
        return components.string ?? url.absoluteString
    }

    /// Secrets at least this long are masked wherever they occur; shorter ones only where they
    /// stand apart (not next to a letter or digit), so a one-letter password does not mangle text.
    static let minimumEmbeddedLength = 6

    /// `text` with every occurrence of a secret (as it is, percent-encoded, form-encoded or
    /// JSON-escaped) replaced by ``mask``.
    static func scrub(_ text: String, secrets: [String]) -> String {
        let variants = Set(
            secrets.filter { !$0.isEmpty }.flatMap { secret in
                [
                    secret, PercentEncoding.component(secret), PercentEncoding.formComponent(secret),
                    String(JSONValue.string(secret).serialized().dropFirst().dropLast()),
                    secret.replacingOccurrences(of: "/", with: "\\/"),
                ]
            })
        var scrubbed = text
        for secret in variants.sorted(by: { $0.count > $1.count }) {
            scrubbed =
                secret.count >= minimumEmbeddedLength
                ? scrubbed.replacingOccurrences(of: secret, with: mask) : masking(standalone: secret, in: scrubbed)
        }
        return scrubbed
    }

    /// `text` with the occurrences of `secret` that no letter or digit touches replaced by ``mask``.
    private static func masking(standalone secret: String, in text: String) -> String {
        var result = ""
        var rest = text[...]
        while let found = rest.range(of: secret) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : nil
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
            let standsApart =
                !(before?.isLetter ?? false) && !(before?.isNumber ?? false)
                && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
            result += rest[..<found.lowerBound]
            result += standsApart ? mask : String(rest[found])
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}
