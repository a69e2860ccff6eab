import Foundation
import UnderstudyCore
import MicroHTTP

/// Keeps credentials out of verification reports: the values of the verifier's extra headers and
/// of credential headers sent are replaced by `****` wherever they appear.
struct SecretScrubber: Sendable {
    private let secrets: [String]

    /// Collects the secrets in `headers`: every extra header value, and for `Authorization` and
    /// `Proxy-Authorization` also the credential after the scheme word.
    init(extraHeaders: HTTPHeaders, sentHeaders: HTTPHeaders = HTTPHeaders()) {
        var secrets = extraHeaders.map(\.value)
        for field in extraHeaders.fields + sentHeaders.fields where Self.isCredential(field.name) {
            secrets.append(field.value)
            if let space = field.value.firstIndex(of: " ") { secrets.append(String(field.value[space...].dropFirst())) }
        }
        self.secrets = secrets.filter { $0.count >= 4 }.sorted { $0.count > $1.count }
    }

    /// `text` with every secret replaced by `****`.
    func scrub(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "****") }
    }

    private static func isCredential(_ name: String) -> Bool {
        name.caseInsensitiveEquals("Authorization") || name.caseInsensitiveEquals("Proxy-Authorization")
    }
}
