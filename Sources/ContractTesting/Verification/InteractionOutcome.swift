import Foundation

/// What verifying one interaction found: the request sent, the status received, every mismatch
/// and error, and notes worth keeping.
struct InteractionOutcome: Sendable {
    /// The interaction verified.
    var interaction: PactInteraction
    /// `METHOD /path?query` of the request sent, when one was sent.
    var requestLine: String?
    /// The status the provider answered with, when it answered.
    var status: Int?
    /// The start of the answer's body, for the failure text.
    var responseBody: Data = Data()
    /// How the answer differs from the interaction's response.
    var mismatches: [PactMismatch] = []
    /// What went wrong around the exchange: provider states, transport.
    var errors: [String] = []
    /// Remarks, such as generators left unapplied.
    var notes: [String] = []
    /// How long the interaction took, states included.
    var duration: Duration = .zero

    /// Whether the provider kept the interaction.
    var passed: Bool { mismatches.isEmpty && errors.isEmpty }

    /// The report case: failed with the diff when the interaction failed (unless it is pending),
    /// with states, request and notes as details. Credentials go through `scrubber`.
    func reportCase(scrubber: SecretScrubber) -> VerificationReport.Case {
        let problem = passed ? nil : scrubber.scrub(failureText)
        var details: [String] = []
        if !interaction.providerStates.isEmpty {
            details.append("given " + interaction.providerStates.map { "'\($0.name)'" }.joined(separator: " and "))
        }
        if let requestLine { details.append("request: \(scrubber.scrub(requestLine))" + (status.map { " -> \($0)" } ?? "")) }
        details += notes.map { "note: " + scrubber.scrub($0) }
        if interaction.pending, let problem {
            details.append("pending interaction: its failure does not fail the verification")
            details += problem.split(separator: "\n").map { "  " + $0 }
        }
        return VerificationReport.Case(
            name: interaction.description + (interaction.pending ? " [pending]" : ""),
            interactions: requestLine == nil ? 0 : 1,
            duration: duration,
            failure: interaction.pending ? nil : problem,
            details: details.isEmpty ? nil : details.joined(separator: "\n"))
    }

    private var failureText: String {
        var lines: [String] = []
        if let requestLine, let status { lines.append("\(requestLine) answered \(status)") }
        lines += errors
        lines += MismatchDiff.render(mismatches)
        if status != nil, !mismatches.isEmpty {
            let body = String(decoding: responseBody.prefix(600), as: UTF8.self)
            lines.append(body.isEmpty ? "response body: (empty)" : "response body: " + ValueText.shorten(body, limit: 500))
        }
        return lines.joined(separator: "\n")
    }
}
