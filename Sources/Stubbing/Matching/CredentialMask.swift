import UnderstudyCore
import MicroHTTP

/// Keeps credentials out of reports: `Authorization: Bearer abc.def` is shown as `Bearer ****`.
enum CredentialMask {
    /// Whether a header with this name carries credentials.
    static func isCredentialHeader(_ name: String) -> Bool {
        name.caseInsensitiveEquals("Authorization") || name.caseInsensitiveEquals("Proxy-Authorization")
    }

    /// The value with everything after the scheme word replaced by `****`.
    static func mask(_ value: String) -> String {
        let scheme = value.prefix { $0 != " " }
        return scheme.count < value.count ? "\(scheme) ****" : "****"
    }
}
