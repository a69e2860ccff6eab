import MicroHTTP

/// Checks what a consumer actually exchanged with a provider (for example the emulator's journal)
/// against a pact. Pure: values in, report out.
///
/// Each exchange is attributed to an interaction whose request matches; when several match (the
/// same request under different provider states), the one whose response matches best is chosen.
public enum ConsumerCheck {
    /// Checks exchanges received and answered by a server.
    public static func run(pact: Pact, exchanges: [(HTTPRequest, HTTPResponse)]) -> ConsumerReport {
        run(pact: pact, observed: exchanges.map { (ObservedRequest($0.0), ObservedResponse($0.1)) })
    }

    /// Checks observed exchanges.
    public static func run(pact: Pact, observed exchanges: [(ObservedRequest, ObservedResponse)]) -> ConsumerReport {
        var report = ConsumerReport()
        var exercised = Set<Int>()
        for (exchangeIndex, (request, response)) in exchanges.enumerated() {
            let requestResults = pact.interactions.map { PactMatcher.matchRequest(expected: $0.request, actual: request) }
            let candidates = requestResults.indices.filter { requestResults[$0].isEmpty }
            guard !candidates.isEmpty else {
                let closest = closestInteraction(pact.interactions, requestResults)
                report.unmatchedRequests.append(
                    ConsumerReport.UnmatchedRequest(
                        exchangeIndex: exchangeIndex, request: request,
                        closest: closest.map { pact.interactions[$0] }, mismatches: closest.map { requestResults[$0] } ?? []))
                continue
            }
            let responseResults = candidates.map {
                (index: $0, mismatches: PactMatcher.matchResponse(expected: pact.interactions[$0].response, actual: response))
            }
            let best = responseResults.min { $0.mismatches.count < $1.mismatches.count }!
            let interaction = pact.interactions[best.index]
            exercised.insert(best.index)
            report.matches.append(ConsumerReport.Match(exchangeIndex: exchangeIndex, interaction: interaction))
            if !best.mismatches.isEmpty {
                report.brokenResponses.append(
                    ConsumerReport.BrokenResponse(exchangeIndex: exchangeIndex, interaction: interaction, mismatches: best.mismatches))
            }
        }
        report.unexercisedInteractions = pact.interactions.indices.filter { !exercised.contains($0) }.map { pact.interactions[$0] }
        return report
    }

    /// The interaction whose request is closest: same method first, then same path, then the
    /// fewest mismatches; ties go to the first in the pact.
    private static func closestInteraction(_ interactions: [PactInteraction], _ results: [[PactMismatch]]) -> Int? {
        func score(_ mismatches: [PactMismatch]) -> (Int, Int, Int) {
            (mismatches.contains { $0.category == .method } ? 1 : 0, mismatches.contains { $0.category == .path } ? 1 : 0, mismatches.count)
        }
        return results.indices.min { score(results[$0]) < score(results[$1]) }
    }
}
