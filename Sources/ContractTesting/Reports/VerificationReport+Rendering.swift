import Foundation
import UnderstudyCore

extension VerificationReport {
    /// A table with one row per case, then the failures in full, then the summary line.
    public func consoleTable() -> String {
        let rows = suites.flatMap { suite in
            suite.cases.map { [suite.name, $0.name, $0.passed ? "pass" : "FAIL", String($0.interactions), $0.duration.junitSeconds + "s"] }
        }
        let header = ["suite", "case", "result", "interactions", "time"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
        var output = [line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
        for suite in suites {
            for failed in suite.cases where !failed.passed {
                output.append("")
                output.append("FAIL \(suite.name) / \(failed.name)")
                output.append(contentsOf: (failed.failure ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
            }
        }
        output.append("")
        output.append(summaryLine)
        return output.joined(separator: "\n") + "\n"
    }

    /// JUnit XML as CI servers read it.
    public func junitXML() -> String {
        let (cases, failures) = counts
        let total = suites.flatMap(\.cases).reduce(Duration.zero) { $0 + $1.duration }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="\#(escape(title))" tests="\#(cases)" failures="\#(failures)" errors="0" time="\#(total.junitSeconds)">"# + "\n"
        for suite in suites {
            let time = suite.cases.reduce(Duration.zero) { $0 + $1.duration }
            xml += #"  <testsuite name="\#(escape(suite.name))" tests="\#(suite.cases.count)" failures="\#(suite.failureCount)" errors="0" skipped="0" time="\#(time.junitSeconds)">"# + "\n"
            for item in suite.cases {
                xml += #"    <testcase classname="\#(escape(suite.name))" name="\#(escape(item.name))" time="\#(item.duration.junitSeconds)""#
                if item.passed && item.details == nil {
                    xml += "/>\n"
                    continue
                }
                xml += ">\n"
                if let failure = item.failure {
                    let message = failure.split(separator: "\n").first.map(String.init) ?? failure
                    xml += #"      <failure message="\#(escape(message))">\#(escape(failure))</failure>"# + "\n"
                }
                if let details = item.details { xml += "      <system-out>\(escape(details))</system-out>\n" }
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    /// The report as JSON: title, passed, and every suite with its cases.
    public var json: JSONValue {
        [
            "title": .string(title),
            "passed": .bool(passed),
            "summary": .string(summaryLine),
            "suites": .array(suites.map { suite in
                [
                    "name": .string(suite.name),
                    "cases": .array(suite.cases.map { item in
                        var object: [String: JSONValue] = [
                            "name": .string(item.name), "passed": .bool(item.passed),
                            "interactions": .integer(Int64(item.interactions)),
                            "seconds": .double(Double(item.duration.junitSeconds) ?? 0),
                        ]
                        if let failure = item.failure { object["failure"] = .string(failure) }
                        return .object(object)
                    }),
                ]
            }),
        ]
    }

    private func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n", "\t", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { output += "?" } else { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }
}
