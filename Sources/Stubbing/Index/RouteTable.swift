/// Where a request's candidate stubs are: lists of precedence ranks, each in ascending order
/// (rank 0 wins over rank 1), found by method and exact path, by method and first path
/// segment, or by method alone. Every list is a range of one rank storage, so a lookup copies
/// no list; `ANY` stubs are filed under the method `ANY` and looked up for every request.
struct RouteTable: Sendable {
    /// A method with a path or a first path segment. Hashes the text alone: the few methods
    /// that share a path are told apart by equality, and the request's method is not hashed.
    private struct Key: Hashable {
        var method: String
        var text: String

        func hash(into hasher: inout Hasher) {
            hasher.combine(text)
        }
    }

    /// Stubs with an exact path (`url`'s path part, `urlPath`).
    private let byPath: [Key: Range<Int>]
    /// Stubs whose pattern or template starts with a whole literal first segment (`/v2/...`).
    private let byFirstSegment: [Key: Range<Int>]
    /// Every other stub, by method.
    private let unkeyed: [String: Range<Int>]
    /// Every list's ranks, laid end to end.
    let ranks: [Int]
    /// Whether any stub is filed by first segment (else a request's segment is not needed).
    private let hasFirstSegments: Bool
    /// Whether any stub accepts every method.
    private let hasAnyMethod: Bool

    /// Files each stub, given in precedence order as its method and URL condition.
    init(_ stubs: [(method: String, url: URLMatcher)]) {
        var byPath: [Key: [Int]] = [:], byFirstSegment: [Key: [Int]] = [:], unkeyed: [String: [Int]] = [:]
        for (rank, stub) in stubs.enumerated() {
            if let path = stub.url.literalPath {
                byPath[Key(method: stub.method, text: path), default: []].append(rank)
            } else if let segment = Self.firstSegment(ofPrefix: stub.url.knownPathPrefix) {
                byFirstSegment[Key(method: stub.method, text: segment), default: []].append(rank)
            } else {
                unkeyed[stub.method, default: []].append(rank)
            }
        }
        var ranks: [Int] = []
        func place(_ list: [Int]) -> Range<Int> {
            let start = ranks.count
            ranks.append(contentsOf: list)
            return start..<ranks.count
        }
        self.byPath = byPath.mapValues(place)
        self.byFirstSegment = byFirstSegment.mapValues(place)
        self.unkeyed = unkeyed.mapValues(place)
        self.ranks = ranks
        hasFirstSegments = !byFirstSegment.isEmpty
        hasAnyMethod = stubs.contains { $0.method == RequestPattern.anyMethod }
    }

    /// The lists of ranks of the stubs that could match a request with this method and raw
    /// path; take ranks from them with ``CandidateLists/next(in:)`` and ``ranks``.
    func candidates(method: String, rawPath: String) -> CandidateLists {
        var lists = CandidateLists()
        collect(method: method, rawPath: rawPath, into: &lists)
        if hasAnyMethod && method != RequestPattern.anyMethod {
            collect(method: RequestPattern.anyMethod, rawPath: rawPath, into: &lists)
        }
        return lists
    }

    private func collect(method: String, rawPath: String, into lists: inout CandidateLists) {
        if let exact = byPath[Key(method: method, text: rawPath)] { lists.append(exact) }
        if hasFirstSegments, let segment = Self.firstSegment(ofPath: rawPath),
            let keyed = byFirstSegment[Key(method: method, text: segment)]
        {
            lists.append(keyed)
        }
        if !unkeyed.isEmpty, let others = unkeyed[method] { lists.append(others) }
    }

    /// The first segment of a raw path: `v2` for `/v2/contacts` and for `/v2`.
    private static func firstSegment(ofPath path: String) -> String? {
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
