import Foundation
import MicroHTTP

/// The plain-text report for a request no stub matched: the request, then the closest stubs,
/// each with one line per part that does not match (expected, found, why). Credentials in
/// `Authorization` headers are masked.
public enum NearMissReport {
    /// How much of a body the report shows.
    static let bodyLimit = 1000

    /// Renders the report.
    public static func render(request: HTTPRequest, nearMisses: [NearMiss]) -> String {
        var lines = ["No stub matched this request:", "", "  \(request.method) \(request.target)"]
        for field in request.headers {
            let value = CredentialMask.isCredentialHeader(field.name) ? CredentialMask.mask(field.value) : field.value
            lines.append("  \(field.name): \(value)")
        }
        if !request.body.isEmpty {
            lines.append("")
            lines += bodyLines(request.body).map { "  " + $0 }
        }
        lines.append("")
        guard !nearMisses.isEmpty else {
            lines.append("There are no stubs to compare it with.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(nearMisses.count == 1 ? "Closest stub:" : "Closest stubs:")
        for (number, miss) in nearMisses.enumerated() {
            lines.append("")
            let distance = String(format: "%.2f", miss.match.distance)
            lines.append("\(number + 1). \(miss.mapping.displayName)  [distance \(distance)]")
            if miss.match.mismatches.isEmpty {
                lines.append("     matches this request")
            }
            for mismatch in miss.match.mismatches {
                lines.append("     \(mismatch)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func bodyLines(_ body: Data) -> [String] {
        guard let text = String(data: body, encoding: .utf8) else { return ["(\(body.count) bytes of binary data)"] }
        let shown = text.count > bodyLimit ? String(text.prefix(bodyLimit)) + " ... (\(text.count) characters)" : text
        return shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
