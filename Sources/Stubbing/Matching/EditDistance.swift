/// Levenshtein edit distance, used for near-miss scores (as WireMock's `equalTo` does) and for
/// "did you mean" hints on misspelt field names.
enum EditDistance {
    /// Inputs longer than this product of lengths are not compared character by character.
    private static let maximumWork = 1_000_000

    /// The edit distance between `a` and `b` divided by the longer length: 0 for equal texts,
    /// 1 for completely different ones. Very long unequal texts score 1.
    static func normalized(_ a: String, _ b: String) -> Double {
        let left = Array(a.utf16), right = Array(b.utf16)
        let longest = max(left.count, right.count)
        guard longest > 0 else { return 0 }
        guard left.count * right.count <= maximumWork else { return left == right ? 0 : 1 }
        return Double(distance(left, right)) / Double(longest)
    }

    /// The number of single-character insertions, deletions and substitutions that turn `a` into `b`.
    static func distance<C: Collection>(_ a: C, _ b: C) -> Int where C.Element: Equatable {
        let right = Array(b)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for (row, x) in a.enumerated() {
            current[0] = row + 1
            for (column, y) in right.enumerated() {
                current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, previous[column] + (x == y ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// The candidate closest to `word` (ignoring case) when it is close enough to be a likely typo.
    static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = Array(word.lowercased().utf16)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let score = distance(lowered, Array(candidate.lowercased().utf16))
            if score <= max(2, lowered.count * 2 / 5), score < (best?.distance ?? .max) { best = (candidate, score) }
        }
        return best?.candidate
    }
}
