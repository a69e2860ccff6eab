import UnderstudyCore

/// Replaces secrets in recorded exchanges with stable placeholders before anything is written.
///
/// One redactor serves one session: the same secret always gets the same placeholder, so the
/// `access_token` of a token response and the `Authorization: Bearer` of later requests share
/// `<redacted:access_token:1>`. Secrets are found by name (headers, query parameters, form
/// fields, JSON members; see ``SecretNames``), in `Authorization` (Basic credentials are decoded,
/// AfasToken contents too), in cookies, in JSON held in JSON strings and in URLs held in JSON
/// strings. Every known secret is then replaced wherever else it occurs in the entry (URL,
/// headers, bodies), as it is, URL-encoded or JSON-escaped. Values shorter than
/// ``minimumEmbeddedLength`` are replaced only where they stand apart (not next to a letter or
/// digit), and values shorter than ``minimumSearchedLength`` only in named places.
public struct Redactor: Sendable {
    /// The names whose values are secrets.
    public let names: SecretNames
    var table = SecretTable()
    /// The replacements made in the entry being redacted.
    var records: [RedactionRecord] = []

    /// Known secrets at least this long are replaced wherever they occur.
    public static let minimumEmbeddedLength = 6
    /// Known secrets shorter than this are replaced only in named places.
    public static let minimumSearchedLength = 3

    /// A redactor applying `names`.
    public init(names: SecretNames = SecretNames()) {
        self.names = names
    }

    /// Continues the placeholder numbering of an existing recording, so that secrets met now do
    /// not reuse its placeholders.
    public mutating func continueNumbering(after log: HARLog) {
        for entry in log.entries {
            for record in entry.redactions { table.continueNumbering(after: record.placeholder) }
        }
    }

    /// `entry` with every secret replaced, and its `_redactions` listing the replacements
    /// (added to any it had).
    public mutating func redact(_ entry: HAREntry) -> HAREntry {
        records = []
        var entry = entry
        redactRequest(&entry.request)
        redactResponse(&entry.response)
        replaceKnownSecrets(in: &entry)
        var all = entry.redactions
        for record in records where !all.contains(record) { all.append(record) }
        entry.redactions = all
        return entry
    }

    /// The placeholder for `value` met under `name` at `path` (and `field`), recorded; the value
    /// itself when it is empty or already a placeholder.
    mutating func conceal(_ value: String, name: String, path: String, field: String? = nil) -> String {
        guard let secret = register(value, name: name) else { return value }
        records.append(RedactionRecord(name: secret.name, path: path, field: field, placeholder: secret.placeholder))
        return secret.placeholder
    }

    /// The known or new secret for `value`; `nil` when the value is empty or a placeholder.
    mutating func register(_ value: String, name: String) -> SecretTable.Secret? {
        guard !value.isEmpty, !Placeholder.isPlaceholder(value) else { return nil }
        return table.placeholder(for: value, name: name)
    }

    private mutating func redactRequest(_ request: inout HARRequest) {
        request.url = redactURL(request.url, path: "request.url")
        request.headers = redactHeaders(request.headers, path: "request.headers")
        request.queryString = redactPairs(request.queryString, path: "request.queryString")
        request.cookies = redactCookies(request.cookies, path: "request.cookies")
        guard var postData = request.postData else { return }
        postData.params = postData.params.map { params in
            params.map { param in
                var param = param
                if names.isSecret(param.name), let value = param.value {
                    param.value = conceal(value, name: param.name, path: "request.postData.params", field: param.name)
                }
                return param
            }
        }
        if let text = postData.text, postData.encoding != "base64" {
            postData.text = redactBody(text, mimeType: postData.mimeType, path: "request.postData.text")
        }
        request.postData = postData
    }

    private mutating func redactResponse(_ response: inout HARResponse) {
        response.headers = redactHeaders(response.headers, path: "response.headers")
        response.cookies = redactCookies(response.cookies, path: "response.cookies")
        response.redirectURL = redactURL(response.redirectURL, path: "response.redirectURL")
        if let text = response.content.text, response.content.encoding != "base64" {
            response.content.text = redactBody(text, mimeType: response.content.mimeType, path: "response.content.text")
        }
    }

    private mutating func redactPairs(_ pairs: [HARNameValue], path: String) -> [HARNameValue] {
        pairs.map { pair in
            guard names.isSecret(pair.name) else { return pair }
            var pair = pair
            pair.value = conceal(pair.value, name: pair.name, path: path, field: pair.name)
            return pair
        }
    }

    private mutating func redactCookies(_ cookies: [HARCookie], path: String) -> [HARCookie] {
        cookies.map { cookie in
            var cookie = cookie
            cookie.value = conceal(cookie.value, name: cookie.name, path: path, field: cookie.name)
            return cookie
        }
    }
}
