import Foundation

/// The outcome of a verification run — provider verification, or the harness running connectors —
/// as suites of cases, rendered for people (``consoleTable()``) and for CI (``junitXML()``, ``json``).
public struct VerificationReport: Sendable, Equatable {
    /// A group of cases, for example one connector or one pact file.
    public struct Suite: Sendable, Equatable {
        /// The suite's name.
        public var name: String
        /// The cases in order.
        public var cases: [Case]

        /// Creates a suite.
        public init(name: String, cases: [Case] = []) {
            self.name = name
            self.cases = cases
        }

        /// How many cases failed.
        public var failureCount: Int { cases.filter { $0.failure != nil }.count }
    }

    /// One checked thing: an interaction, or a connector scenario.
    public struct Case: Sendable, Equatable {
        /// The case's name.
        public var name: String
        /// How many interactions (HTTP exchanges) the case involved.
        public var interactions: Int
        /// How long it took.
        public var duration: Duration
        /// Why it failed, or `nil` when it passed.
        public var failure: String?
        /// Free text kept with the case (shown in JUnit's system-out).
        public var details: String?

        /// Creates a case.
        public init(name: String, interactions: Int = 0, duration: Duration = .zero, failure: String? = nil, details: String? = nil) {
            self.name = name
            self.interactions = interactions
            self.duration = duration
            self.failure = failure
            self.details = details
        }

        /// Whether the case passed.
        public var passed: Bool { failure == nil }
    }

    /// The report's title (the JUnit `testsuites` name).
    public var title: String
    /// The suites in order.
    public var suites: [Suite]

    /// Creates a report.
    public init(title: String, suites: [Suite] = []) {
        self.title = title
        self.suites = suites
    }

    /// Whether every case passed.
    public var passed: Bool { suites.allSatisfy { $0.failureCount == 0 } }

    /// How many cases there are and how many failed.
    public var counts: (cases: Int, failures: Int) {
        (suites.reduce(0) { $0 + $1.cases.count }, suites.reduce(0) { $0 + $1.failureCount })
    }

    /// The closing line: `N passed, M failed` (the form CI reads).
    public var summaryLine: String {
        let (cases, failures) = counts
        return "\(cases - failures) passed, \(failures) failed"
    }
}

extension Duration {
    /// Seconds with millisecond precision, as JUnit writes them.
    var junitSeconds: String {
        String(format: "%.3f", Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }
}
