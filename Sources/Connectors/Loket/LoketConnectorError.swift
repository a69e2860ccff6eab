/// Why a Loket import failed, in the words the original connector uses where it has them.
public enum LoketConnectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The token endpoint refused the client or refresh token with an OAuth error code such as
    /// `invalid_grant` (unknown, used or rotated-away refresh token) or `invalid_client`.
    case authenticationFailed(error: String)
    /// The token endpoint answered without an `access_token`.
    case noAccessToken
    /// No employer the refresh token's user can read has this company name.
    case employerNotFound(name: String, available: [String])
    /// Several employers have this company name, so the import cannot tell which is meant.
    case ambiguousEmployer(name: String, count: Int)
    /// A list page was not the kind of object Loket's collection envelope is.
    case unexpectedPage(path: String, page: Int, reason: String)

    /// The error as one line.
    public var description: String {
        switch self {
        case .authenticationFailed(let error):
            return "Failed to Authenticate, message [\(error)]"
        case .noAccessToken:
            return "Failed to Authenticate, message [the token response holds no access_token]"
        case .employerNotFound(let name, let available):
            let readable = available.isEmpty ? "none" : available.map { "[\($0)]" }.joined(separator: ", ")
            return "Employer [\(name)] not Found! Employers this refresh token can read: \(readable)"
        case .ambiguousEmployer(let name, let count):
            return "Employer [\(name)] is ambiguous: \(count) employers have that company name"
        case .unexpectedPage(let path, let page, let reason):
            return "GET \(path) page \(page) is not a Loket list page: \(reason)"
        }
    }
}
