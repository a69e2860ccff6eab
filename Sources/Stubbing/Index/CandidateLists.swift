/// The lists of precedence ranks a request's candidate stubs come from (ranges of the index's
/// rank storage, each in ascending order), walked as one merged list. The usual request meets
/// a single list, which is walked as it is, without allocating.
struct CandidateLists {
    private var first: Range<Int> = 0..<0
    private var others: [Range<Int>] = []

    /// Adds a list: a range of the rank storage, in ascending order.
    mutating func append(_ list: Range<Int>) {
        guard !list.isEmpty else { return }
        if first.isEmpty && others.isEmpty { first = list } else { others.append(list) }
    }

    /// Takes the lowest rank left in any list, or `nil` when every list is used up.
    mutating func next(in storage: [Int]) -> Int? {
        guard !others.isEmpty else {
            guard let index = first.first else { return nil }
            first = first.dropFirst()
            return storage[index]
        }
        var best: (list: Int, rank: Int)?
        if let index = first.first { best = (-1, storage[index]) }
        for list in others.indices {
            guard let index = others[list].first, storage[index] < best?.rank ?? .max else { continue }
            best = (list, storage[index])
        }
        guard let best else { return nil }
        if best.list < 0 { first = first.dropFirst() } else { others[best.list] = others[best.list].dropFirst() }
        return best.rank
    }
}
