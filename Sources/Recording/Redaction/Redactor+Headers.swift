import Foundation
import UnderstudyCore
import MicroHTTP

extension Redactor {
    /// Headers with credentials, cookies, secret-named headers and secret query values of URL
    /// headers replaced.
    mutating func redactHeaders(_ headers: [HARNameValue], path: String) -> [HARNameValue] {
        headers.map { header in
            var header = header
            let place = "\(path).\(header.name)"
            let name = header.name
            if name.caseInsensitiveEquals("Authorization") || name.caseInsensitiveEquals("Proxy-Authorization") {
                header.value = redactCredentials(header.value, path: place)
            } else if name.caseInsensitiveEquals("Cookie") {
                header.value = redactCookieHeader(header.value, path: place)
            } else if name.caseInsensitiveEquals("Set-Cookie") {
                header.value = redactSetCookie(header.value, path: place)
            } else if ["Location", "Content-Location", "Referer"].contains(where: name.caseInsensitiveEquals) {
                header.value = redactURL(header.value, path: place)
            } else if names.isSecret(name) {
                header.value = conceal(header.value, name: name, path: place)
            }
            return header
        }
    }

    /// An `Authorization` value with its credentials replaced, the scheme kept: `Basic` and
    /// `AfasToken` credentials are decoded so their contents are known secrets too.
    private mutating func redactCredentials(_ value: String, path: String) -> String {
        guard !Placeholder.occurs(in: value) else { return value }
        guard let space = value.firstIndex(of: " ") else {
            return conceal(value, name: "authorization", path: path)
        }
        let scheme = String(value[..<space])
        let credentials = value[space...].trimmingCharacters(in: .whitespaces)
        let decoded = Data(base64Encoded: credentials).flatMap { String(data: $0, encoding: .utf8) }
        switch scheme.lowercased() {
        case "basic":
            guard let secret = register(credentials, name: "basic") else { return value }
            records.append(RedactionRecord(name: secret.name, path: path, field: "Basic", placeholder: secret.placeholder))
            if let decoded, let colon = decoded.firstIndex(of: ":") {
                table.alias(decoded, to: secret)
                let password = String(decoded[decoded.index(after: colon)...])
                _ = conceal(password, name: "password", path: path, field: "Basic password")
            }
            return "\(scheme) \(secret.placeholder)"
        case "bearer":
            return "\(scheme) \(conceal(credentials, name: "access_token", path: path, field: scheme))"
        case "afastoken":
            guard let secret = register(credentials, name: "AfasToken") else { return value }
            records.append(RedactionRecord(name: secret.name, path: path, field: scheme, placeholder: secret.placeholder))
            if let decoded {
                table.alias(decoded, to: secret)
                if let data = Self.element("data", in: decoded) { table.alias(data, to: secret) }
            }
            return "\(scheme) \(secret.placeholder)"
        default:
            return "\(scheme) \(conceal(credentials, name: "authorization", path: path, field: scheme))"
        }
    }

    /// `a=1; b=2` with every cookie value replaced.
    private mutating func redactCookieHeader(_ value: String, path: String) -> String {
        value.split(separator: ";", omittingEmptySubsequences: false).map { part in
            let pair = part.trimmingCharacters(in: .whitespaces)
            guard let equals = pair.firstIndex(of: "=") else { return pair }
            let name = String(pair[..<equals])
            return name + "=" + conceal(String(pair[pair.index(after: equals)...]), name: name, path: path, field: name)
        }.joined(separator: "; ")
    }

    /// `name=value; Path=/; HttpOnly` with the value replaced.
    private mutating func redactSetCookie(_ value: String, path: String) -> String {
        let end = value.firstIndex(of: ";") ?? value.endIndex
        let pair = value[..<end]
        guard let equals = pair.firstIndex(of: "=") else { return value }
        let name = pair[..<equals].trimmingCharacters(in: .whitespaces)
        let cookie = String(pair[pair.index(after: equals)...])
        return pair[...equals] + conceal(cookie, name: name, path: path, field: name) + value[end...]
    }

    /// The text of the first `<name>…</name>` element in `xml`.
    private static func element(_ name: String, in xml: String) -> String? {
        guard let open = xml.range(of: "<\(name)>"), let close = xml.range(of: "</\(name)>", range: open.upperBound..<xml.endIndex)
        else { return nil }
        let text = String(xml[open.upperBound..<close.lowerBound])
        return text.isEmpty ? nil : text
    }
}
