import CCurl
import Foundation
import UnderstudyCore

/// One upstream request on a libcurl easy handle: configured from an ``UpstreamRequest`` so that
/// libcurl sends it as it is and hands the answer back as it came (no decoding, no redirects, no
/// cookies), collecting header lines and body bytes through libcurl's callbacks. Used only on
/// the upstream client's driver thread.
final class CurlTransfer {
    /// The easy handle.
    let handle: UnsafeMutableRawPointer
    /// Called once with the answer or the failure.
    let completion: @Sendable (Result<UpstreamAnswer, UpstreamFailure>) -> Void
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var head = ResponseHeadReader()
    private var body = Data()

    /// A transfer for `request` that gives up after `timeout` seconds and trusts the certificate
    /// authorities in the PEM file `certificateAuthorities` (else the system's); throws when
    /// libcurl refuses the request (an option it does not take).
    init(
        _ request: UpstreamRequest, timeout: TimeInterval, certificateAuthorities: String? = nil,
        completion: @escaping @Sendable (Result<UpstreamAnswer, UpstreamFailure>) -> Void
    ) throws(UpstreamFailure) {
        guard let handle = curl_easy_init() else { throw UpstreamFailure(CURLE_OUT_OF_MEMORY) }
        self.handle = handle
        self.completion = completion
        try configure(request, timeout: timeout)
        if let certificateAuthorities { try check(understudy_curl_set_string(handle, CURLOPT_CAINFO, certificateAuthorities)) }
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
    }

    /// The answer, once libcurl finished the transfer with `code`.
    func result(_ code: CURLcode) -> Result<UpstreamAnswer, UpstreamFailure> {
        guard code == CURLE_OK else { return .failure(UpstreamFailure(code)) }
        var status = 0
        var firstByte: curl_off_t = 0
        var total: curl_off_t = 0
        _ = understudy_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        _ = understudy_curl_get_offset(handle, CURLINFO_STARTTRANSFER_TIME_T, &firstByte)
        _ = understudy_curl_get_offset(handle, CURLINFO_TOTAL_TIME_T, &total)
        return .success(UpstreamAnswer(
            status: status, reason: head.reason, headers: head.headers, body: body,
            wait: .microseconds(firstByte), receive: .microseconds(max(0, total - firstByte))))
    }

    private func configure(_ request: UpstreamRequest, timeout: TimeInterval) throws(UpstreamFailure) {
        try check(understudy_curl_set_string(handle, CURLOPT_URL, request.url.absoluteString))
        try check(understudy_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
        try check(understudy_curl_set_long(handle, CURLOPT_NOSIGNAL, 1))
        try check(understudy_curl_set_long(handle, CURLOPT_PATH_AS_IS, 1))
        try check(understudy_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0))
        try check(understudy_curl_set_long(handle, CURLOPT_HTTP_CONTENT_DECODING, 0))
        try check(understudy_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(max(1, (timeout * 1000).rounded()))))
        let context = Unmanaged.passUnretained(self).toOpaque()
        try check(understudy_curl_set_write_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            guard let data, let context else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
            transfer.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: size * count)
            return size * count
        })
        try check(understudy_curl_set_pointer(handle, CURLOPT_WRITEDATA, context))
        try check(understudy_curl_set_write_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            guard let data, let context else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
            transfer.head.read(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        })
        try check(understudy_curl_set_pointer(handle, CURLOPT_HEADERDATA, context))
        for line in Self.headerLines(request.headers) { headerList = curl_slist_append(headerList, line) }
        try check(understudy_curl_set_pointer(handle, CURLOPT_HTTPHEADER, headerList))
        if request.method == "HEAD" {
            try check(understudy_curl_set_long(handle, CURLOPT_NOBODY, 1))
            return
        }
        try check(understudy_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, request.method))
        if let body = request.body {
            try check(understudy_curl_set_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            let copied = body.isEmpty
                ? understudy_curl_set_string(handle, CURLOPT_COPYPOSTFIELDS, "")
                : body.withUnsafeBytes { understudy_curl_set_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
            try check(copied)
        }
    }

    /// The header lines for libcurl: the request's own, then empty ones that stop libcurl from
    /// adding `Expect`, and `Accept` or `Content-Type` when the request has none.
    private static func headerLines(_ headers: HTTPHeaders) -> [String] {
        var lines = headers.map { $0.value.isEmpty ? "\($0.name);" : "\($0.name): \($0.value)" }
        lines.append("Expect:")
        for name in ["Accept", "Content-Type"] where !headers.contains(name) { lines.append("\(name):") }
        return lines
    }

    private func check(_ code: CURLcode) throws(UpstreamFailure) {
        guard code == CURLE_OK else { throw UpstreamFailure(code) }
    }
}
