import CCurl

/// Why the upstream gave no answer, in words that never quote the request (its URL may hold
/// secrets).
struct UpstreamFailure: Error, Sendable, CustomStringConvertible {
    /// The reason in words.
    var reason: String

    var description: String { reason }

    /// A failure for `reason`.
    init(reason: String) {
        self.reason = reason
    }

    /// The transfer was cancelled (the client was closed).
    static let cancelled = UpstreamFailure(reason: "cancelled")

    /// The failure for a transfer libcurl ended with `code`.
    init(_ code: CURLcode) {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: reason = "timed out"
        case CURLE_COULDNT_CONNECT: reason = "connection refused"
        case CURLE_COULDNT_RESOLVE_HOST: reason = "unknown host"
        case CURLE_COULDNT_RESOLVE_PROXY: reason = "unknown proxy host"
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM: reason = "connection lost"
        case CURLE_GOT_NOTHING: reason = "connection closed without an answer"
        case CURLE_WEIRD_SERVER_REPLY: reason = "not an HTTP answer"
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS:
            reason = "TLS handshake failed"
        case CURLE_URL_MALFORMAT: reason = "malformed URL"
        case CURLE_UNSUPPORTED_PROTOCOL: reason = "unsupported protocol"
        case CURLE_OUT_OF_MEMORY: reason = "out of memory"
        default: reason = "libcurl error \(code.rawValue): \(String(cString: curl_easy_strerror(code)))"
        }
    }
}
