import Foundation
import UnderstudyCore
import MicroHTTP

/// The plain-text body of a pact stub's 404: the request, then the closest interactions with one
/// line per mismatch, or the interactions that match but are not in the states asked for.
/// Credentials in `Authorization` headers are masked.
enum PactStubReport {
    /// How much of a body the report shows.
    static let bodyLimit = 1000

    /// The report for a request no interaction matches.
    static func unmatched(_ request: HTTPRequest, closest: [(entry: PactStubEntry, mismatches: [PactMismatch])]) -> String {
        var lines = ["No pact interaction matched this request:", ""] + describe(request) + [""]
        guard !closest.isEmpty else {
            lines.append("The pacts served have no HTTP interactions.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(closest.count == 1 ? "Closest interaction:" : "Closest interactions:")
        for (number, miss) in closest.enumerated() {
            lines.append("")
            lines.append("\(number + 1). \(title(miss.entry))")
            lines += miss.mismatches.map { "     \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report for a request whose matching interactions are all in other provider states.
    static func notInState(_ request: HTTPRequest, states: [String], header: String, candidates: [PactStubEntry]) -> String {
        let named = states.map { "'\($0)'" }.joined(separator: ", ")
        var lines = ["No pact interaction for this request is in the provider state \(named) named by \(header):", ""]
        lines += describe(request) + ["", "Interactions matching this request:"]
        for (number, entry) in candidates.enumerated() {
            lines.append("")
            lines.append("\(number + 1). \(title(entry))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func title(_ entry: PactStubEntry) -> String {
        let states = entry.interaction.providerStates.map { "'\($0.name)'" }.joined(separator: " and ")
        return "'\(entry.interaction.description)' (\(entry.pactName))" + (states.isEmpty ? "" : " given \(states)")
    }

    private static func describe(_ request: HTTPRequest) -> [String] {
        var lines = ["  \(request.method) \(request.target)"]
        for field in request.headers {
            let isCredential = field.name.caseInsensitiveEquals("Authorization") || field.name.caseInsensitiveEquals("Proxy-Authorization")
            lines.append("  \(field.name): \(isCredential ? mask(field.value) : field.value)")
        }
        guard !request.body.isEmpty else { return lines }
        lines.append("")
        guard let text = String(data: request.body, encoding: .utf8) else {
            return lines + ["  (\(request.body.count) bytes of binary data)"]
        }
        let shown = text.count > bodyLimit ? String(text.prefix(bodyLimit)) + " ... (\(text.count) characters)" : text
        return lines + shown.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
    }

    private static func mask(_ value: String) -> String {
        let scheme = value.prefix { $0 != " " }
        return scheme.count < value.count ? "\(scheme) ****" : "****"
    }
}
