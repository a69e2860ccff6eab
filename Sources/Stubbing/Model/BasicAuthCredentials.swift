import Foundation

/// WireMock's `basicAuthCredentials`: the request must carry `Authorization: Basic ...` with
/// exactly this user name and password.
public struct BasicAuthCredentials: Sendable, Hashable {
    /// The expected user name.
    public var username: String
    /// The expected password.
    public var password: String

    /// Creates credentials.
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// The `Authorization` header value these credentials produce.
    public var authorizationHeader: String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    /// Whether the `Authorization` header value carries these credentials.
    func matches(_ authorization: String?) -> Bool {
        authorization == authorizationHeader || decode(authorization).map { $0 == (username, password) } ?? false
    }

    /// Why the header does not carry these credentials, without revealing any password.
    func explainMismatch(_ authorization: String?) -> (found: String, reason: String) {
        guard let authorization else { return ("(absent)", "no Authorization header") }
        guard let (user, _) = decode(authorization) else {
            let scheme = authorization.prefix { $0 != " " }
            return ("\(scheme) ...", "not Basic credentials")
        }
        if user != username { return ("username \(user.quotedForReport)", "different username") }
        return ("username \(user.quotedForReport)", "wrong password")
    }

    private func decode(_ authorization: String?) -> (String, String)? {
        guard let authorization, authorization.count > 6, authorization.prefix(6).lowercased() == "basic " else { return nil }
        let encoded = authorization.dropFirst(6).trimmingCharacters(in: .whitespaces)
        guard let data = Data(base64Encoded: encoded), let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }
}
