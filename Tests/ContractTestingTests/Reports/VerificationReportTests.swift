import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ContractTesting

@Suite struct VerificationReportTests {
    private let report = VerificationReport(title: "understudy verify", suites: [
        .init(name: "net2", cases: [
            .init(name: "create", interactions: 4, duration: .milliseconds(120)),
            .init(name: "delete <missing> & \"quoted\"", interactions: 2, duration: .milliseconds(5), failure: "expected 200\nfound 500"),
        ]),
        .init(name: "loket", cases: [.init(name: "import", interactions: 12, duration: .seconds(1))]),
    ])

    @Test func countsAndSummarises() {
        #expect(report.counts.cases == 3)
        #expect(report.counts.failures == 1)
        #expect(!report.passed)
        #expect(report.summaryLine == "2 passed, 1 failed")
    }

    @Test func writesJUnitXMLThatFoundationCanParse() throws {
        let xml = report.junitXML()
        #expect(xml.contains(#"<testsuites name="understudy verify" tests="3" failures="1""#))
        #expect(xml.contains(#"name="delete &lt;missing&gt; &amp; &quot;quoted&quot;""#))
        #expect(xml.contains(#"<failure message="expected 200">expected 200"#))
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(try document.nodes(forXPath: "//testcase").count == 3)
        #expect(try document.nodes(forXPath: "//failure").count == 1)
    }

    @Test func printsOneRowPerCaseThenTheFailures() {
        let table = report.consoleTable()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("suite"))
        #expect(lines.filter { $0.hasPrefix("net2") || $0.hasPrefix("loket") }.count == 3)
        #expect(table.contains("FAIL net2 / delete"))
        #expect(lines.last == "2 passed, 1 failed")
    }

    @Test func rendersJSON() {
        #expect(report.json["passed"] == false)
        #expect(report.json["suites"]?[0]?["cases"]?[1]?["failure"] == "expected 200\nfound 500")
    }
}
