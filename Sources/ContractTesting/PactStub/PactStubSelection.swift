import Foundation

/// Chooses the interaction that answers a request. Pure: values in, choice out.
///
/// An interaction is a candidate when its request matches. Among several candidates (the same
/// request under different provider states) the provider states decide: those named in the
/// request's state header when it has one, or else those set up through the state-change route.
enum PactStubSelection: Equatable {
    /// The interaction at this index answers.
    case matched(Int)
    /// No interaction's request matches; the closest ones with their mismatches, closest first.
    case unmatched(closest: [Closest])
    /// Requests match, but none is in the states the state header names.
    case notInState(states: [String], candidates: [Int])

    /// An interaction that came close, and how the request differs from it.
    struct Closest: Equatable {
        var index: Int
        var mismatches: [PactMismatch]
    }

    /// How many near misses a 404 shows.
    static let closestLimit = 3

    /// The choice for `request`. `headerStates` are the states the request's header names (`nil`
    /// without the header); `activeStates` those set up, oldest first.
    static func select(
        _ request: ObservedRequest, among interactions: [PactInteraction], headerStates: [String]?, activeStates: [String]
    ) -> PactStubSelection {
        let results = interactions.map { PactMatcher.matchRequest(expected: $0.request, actual: request) }
        let candidates = results.indices.filter { results[$0].isEmpty }
        guard let first = candidates.first else {
            let ranked = results.indices.sorted { score(results[$0]) < score(results[$1]) || (score(results[$0]) == score(results[$1]) && $0 < $1) }
            return .unmatched(closest: ranked.prefix(closestLimit).map { Closest(index: $0, mismatches: results[$0]) })
        }
        func states(_ index: Int) -> [String] { interactions[index].providerStates.map { normalized($0.name) } }
        if let headerStates {
            let wanted = Set(headerStates.map(normalized))
            let qualified = candidates.filter { Set(states($0)).isSubset(of: wanted) }
            guard let best = qualified.max(by: { states($0).count < states($1).count || (states($0).count == states($1).count && $0 > $1) })
            else { return .notInState(states: headerStates, candidates: candidates) }
            return .matched(best)
        }
        let active = activeStates.map(normalized)
        let qualified = candidates.filter { !states($0).isEmpty && Set(states($0)).isSubset(of: Set(active)) }
        func recency(_ index: Int) -> Int { states(index).compactMap { active.lastIndex(of: $0) }.max() ?? -1 }
        if let best = qualified.max(by: { recency($0) < recency($1) || (recency($0) == recency($1) && $0 > $1) }) {
            return .matched(best)
        }
        return .matched(candidates.first { states($0).isEmpty } ?? first)
    }

    /// Same method first, then same path, then the fewest mismatches.
    private static func score(_ mismatches: [PactMismatch]) -> (Int, Int, Int) {
        (mismatches.contains { $0.category == .method } ? 1 : 0, mismatches.contains { $0.category == .path } ? 1 : 0, mismatches.count)
    }

    private static func normalized(_ state: String) -> String {
        state.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
