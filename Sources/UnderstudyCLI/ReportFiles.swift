import ArgumentParser
import ContractTesting
import Foundation

/// Writes a verification report as JUnit XML and as JSON to the files a command was given.
enum ReportFiles {
    /// Writes `report` to `junit` and `json` (each when given), creating folders as needed;
    /// on failure prints why and exits with `failure`.
    static func write(_ report: VerificationReport, junit: String?, json: String?, failure: ExitCode) throws {
        try write(report.junitXML(), to: junit, failure: failure)
        try write(report.json.serialized(pretty: true) + "\n", to: json, failure: failure)
    }

    private static func write(_ text: String, to path: String?, failure: ExitCode) throws {
        guard let path else { return }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            printError("error: cannot write \(path): \(error.localizedDescription)")
            throw failure
        }
    }
}
