/// Stubs of one method bucket, sorted into lists by what their URL condition pins down, so that
/// a request only meets stubs that could match its path. Each list holds precedence ranks in
/// ascending order (rank 0 wins over rank 1).
struct StubRoutes: Sendable {
    /// Stubs with an exact path (`url`'s path part, `urlPath`), by that path.
    private var byPath: [String: [Int]] = [:]
    /// Stubs whose pattern or template starts with a whole literal first segment (`/v2/...`),
    /// by that segment.
    private var byFirstSegment: [String: [Int]] = [:]
    /// Every other stub.
    private var unkeyed: [Int] = []

    /// Files the stub of precedence `rank` under its URL condition. Ranks must come in ascending order.
    mutating func insert(rank: Int, url: URLMatcher) {
        if let path = url.literalPath {
            byPath[path, default: []].append(rank)
        } else if let segment = Self.firstSegment(ofPrefix: url.knownPathPrefix) {
            byFirstSegment[segment, default: []].append(rank)
        } else {
            unkeyed.append(rank)
        }
    }

    /// Adds the lists that may hold stubs for a request with this raw path to `lists`.
    func collectCandidates(rawPath: String, firstSegment: String?, into lists: inout [[Int]]) {
        if let exact = byPath[rawPath] { lists.append(exact) }
        if let firstSegment, let keyed = byFirstSegment[firstSegment] { lists.append(keyed) }
        if !unkeyed.isEmpty { lists.append(unkeyed) }
    }

    /// The first segment of a raw path: `v2` for `/v2/contacts` and for `/v2`.
    static func firstSegment(ofPath path: String) -> String? {
        let bytes = path.utf8
        guard bytes.first == UInt8(ascii: "/") else { return nil }
        let rest = bytes.dropFirst()
        return String(Substring(rest.prefix { $0 != UInt8(ascii: "/") }))
    }

    /// The first segment when `prefix` holds it whole (`/v2/` or longer), so that every path
    /// starting with `prefix` has that first segment.
    private static func firstSegment(ofPrefix prefix: String) -> String? {
        guard prefix.hasPrefix("/") else { return nil }
        let rest = prefix.dropFirst()
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        return String(rest[..<slash])
    }
}
