import Foundation

/// The request line messages show (`GET https://host/path?api_key=*****`), built only when a
/// message needs it: scrubbing secrets costs more than many exchanges do.
struct RequestLine: Sendable {
    private enum Storage: Sendable {
        case text(String)
        case pending(method: String, url: URL, secrets: [String])
    }

    private let storage: Storage

    /// A line given as text.
    init(text: String) {
        storage = .text(text)
    }

    /// The line for `method` and `url`, with the query's secret parameters and every `secrets`
    /// value masked.
    init(method: String, url: URL, secrets: [String]) {
        storage = .pending(method: method, url: url, secrets: secrets)
    }

    /// The line as text.
    var text: String {
        switch storage {
        case .text(let text): return text
        case .pending(let method, let url, let secrets):
            return "\(method) \(SecretRedaction.scrub(SecretRedaction.redactedURL(url), secrets: secrets))"
        }
    }
}
