/// Which header, query parameter, form field and JSON key names hold secrets.
///
/// A name is compared without case, `_`, `-`, `.` or spaces (`client_secret`, `Client-Secret` and
/// `clientSecret` are one name). Secret are: the names in ``defaultNames``, every name ending in
/// `password`, `secret`, `token` or `apikey` (`refresh_token`, `X-Api-Key`, `AfasToken`), and the
/// extra names given.
public struct SecretNames: Sendable, Hashable {
    /// The names that are secrets by default (besides the suffix rule).
    public static let defaultNames = [
        "password", "passwd", "pwd", "client_secret", "apiSecret", "secret", "access_token", "refresh_token", "id_token",
        "token", "api_key", "apikey", "code", "challengeToken", "AfasToken", "client_assertion", "otp", "mfa_code",
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
    ]
    /// A name ending in one of these (after normalising) is a secret.
    static let suffixes = ["password", "secret", "token", "apikey"]

    /// The extra names given (for example with `--redact`), as given.
    public let extraNames: [String]
    private let exact: Set<String>

    /// The default rules plus `extraNames`.
    public init(extraNames: [String] = []) {
        self.extraNames = extraNames
        exact = Set((Self.defaultNames + extraNames).map(Self.normalized))
    }

    /// Whether values named `name` are secrets.
    public func isSecret(_ name: String) -> Bool {
        let key = Self.normalized(name)
        guard !key.isEmpty else { return false }
        return exact.contains(key) || Self.suffixes.contains { key.hasSuffix($0) }
    }

    /// The rules in words, for the recording's `_redactions` summary.
    public var rules: [String] {
        Self.defaultNames + Self.suffixes.map { "*\($0)" } + extraNames
    }

    /// `name` lower-cased without `_`, `-`, `.` and spaces.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != "." && $0 != " " })
    }
}
