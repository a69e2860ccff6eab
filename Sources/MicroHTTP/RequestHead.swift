import CMicroHTTPD
import UnderstudyCore

/// The head of a request as libmicrohttpd holds it once the headers have arrived: the method,
/// the header fields in order, and the `Content-Length` the client declared.
struct RequestHead {
    /// The method as sent.
    let method: String
    /// The header fields, in the order they were sent.
    let headers: HTTPHeaders
    /// The value of `Content-Length`, when the client sent one that is a number.
    let declaredLength: Int?

    /// Reads the head of the request on `connection`, whose method libmicrohttpd passed as `method`.
    init(connection: OpaquePointer, method: UnsafePointer<CChar>?) {
        self.method = method.map(Self.methodName) ?? "GET"
        var collector = Collector()
        collector.headers.reserveCapacity(Int(MHD_get_connection_values_n(connection, understudy_mhd_header_kind, nil, nil)))
        withUnsafeMutablePointer(to: &collector) { pointer in
            _ = MHD_get_connection_values_n(connection, understudy_mhd_header_kind, Self.collect, pointer)
        }
        headers = collector.headers
        declaredLength = collector.declaredLength
    }

    /// What libmicrohttpd's walk over the header fields has found so far.
    private struct Collector {
        var headers = HTTPHeaders()
        var declaredLength: Int?
    }

    private static let collect: MHD_KeyValueIteratorN = { raw, _, key, keySize, value, valueSize in
        guard let raw, let key else { return understudy_mhd_yes }
        let collector = raw.assumingMemoryBound(to: Collector.self)
        let name = String(bytes: key, count: keySize)
        let text = value.map { String(bytes: $0, count: valueSize) } ?? ""
        if keySize == 14, collector.pointee.declaredLength == nil, name.caseInsensitiveEquals("Content-Length") {
            collector.pointee.declaredLength = Int(text)
        }
        collector.pointee.headers.add(name: name, value: text)
        return understudy_mhd_yes
    }

    /// The method's name: a standard method as the constant string this type keeps (nothing to
    /// check or allocate), any other as its bytes say.
    private static func methodName(_ bytes: UnsafePointer<CChar>) -> String {
        standardMethods.first { spells(bytes, $0) } ?? String(cString: bytes)
    }

    private static let standardMethods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]

    /// Whether the C string at `bytes` is `name`. Stops at the first byte that differs, so it
    /// never reads past the string's end.
    private static func spells(_ bytes: UnsafePointer<CChar>, _ name: String) -> Bool {
        var index = 0
        for byte in name.utf8 {
            guard UInt8(bitPattern: bytes[index]) == byte else { return false }
            index += 1
        }
        return bytes[index] == 0
    }
}

private extension String {
    /// The UTF-8 text of `count` bytes at `bytes` (invalid sequences repaired), without measuring them again.
    init(bytes: UnsafePointer<CChar>, count: Int) {
        self = bytes.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }
}
