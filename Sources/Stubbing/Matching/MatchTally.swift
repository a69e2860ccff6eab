/// Adds up the scores of a request's parts while a ``RequestPattern`` is evaluated.
///
/// Each part (method, URL, headers, ...) scores the mean of its entries and is weighted as
/// WireMock weighs it (URL 10, method 3, every other part 1). In quick mode the first mismatch
/// ends the evaluation and nothing is described, which keeps the search for a stub cheap.
struct MatchTally {
    /// Whether mismatches are described (near misses) rather than ending the evaluation.
    let isDetailed: Bool
    /// Whether everything recorded so far matched.
    private(set) var isExactMatch = true
    /// The mismatches described so far.
    private(set) var mismatches: [Mismatch] = []
    private var weightedDistance = 0.0
    private var partDistance = 0.0
    private var partEntries = 0

    /// The weights of the parts.
    enum Weight {
        static let url = 10.0
        static let method = 3.0
        static let otherPart = 1.0
        /// URL, method and six other parts: path parameters, headers, query, form, cookies, body.
        static let total = url + method + 6 * otherPart
    }

    init(isDetailed: Bool) {
        self.isDetailed = isDetailed
    }

    /// Records the score of one entry of the current part. Returns `false` when evaluation should
    /// stop: a mismatch in quick mode.
    mutating func record(_ score: MatchScore, _ mismatch: () -> Mismatch) -> Bool {
        partDistance += score.distance
        partEntries += 1
        guard !score.isExactMatch else { return true }
        isExactMatch = false
        guard isDetailed else { return false }
        mismatches.append(mismatch())
        return true
    }

    /// Records a score without describing it (its mismatch is described elsewhere).
    mutating func recordUndescribed(_ score: MatchScore) -> Bool {
        partDistance += score.distance
        partEntries += 1
        if !score.isExactMatch { isExactMatch = false }
        return score.isExactMatch || isDetailed
    }

    /// Closes the current part, adding the mean of its entries with `weight`.
    mutating func endPart(weight: Double = Weight.otherPart) {
        if partEntries > 0 { weightedDistance += weight * partDistance / Double(partEntries) }
        partDistance = 0
        partEntries = 0
    }

    /// The weighted distance of everything recorded, from 0 to 1.
    var distance: Double { weightedDistance / Weight.total }
}
