/// Renders mismatches for people: one numbered line per mismatch, then the expected value
/// (`-`) and the actual value (`+`) when the mismatch has both.
enum MismatchDiff {
    /// The mismatches, each followed by its `- expected` / `+ actual` lines.
    static func render(_ mismatches: [PactMismatch]) -> [String] {
        var lines: [String] = []
        for (number, mismatch) in mismatches.enumerated() {
            lines.append("\(number + 1)) \(mismatch.description)")
            if let expected = mismatch.expected, let actual = mismatch.actual, expected != actual {
                lines.append("   - expected: \(ValueText.shorten(expected))")
                lines.append("   + actual:   \(ValueText.shorten(actual))")
            }
        }
        return lines
    }
}
