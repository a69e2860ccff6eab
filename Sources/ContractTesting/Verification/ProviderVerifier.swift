import Foundation
import MicroHTTP
import UnderstudyCore

/// Replays every interaction of a pact against a provider — an emulator, or the real vendor to
/// detect drift — and checks each answer against the interaction's response.
///
/// For each interaction the verifier sets up its provider states through the state-change URL,
/// applies the request's generators (a `ProviderState` generator takes the values the state
/// set-up returned, such as `${accessToken}`), sends the request with the extra headers, matches
/// the answer with ``PactMatcher`` (response rules: lenient about extra keys and headers), and tears
/// the states down.
///
/// ```swift
/// let verifier = ProviderVerifier(configuration: .init(
///     baseURL: URL(string: "http://127.0.0.1:8103")!,
///     stateChangeURL: URL(string: "http://127.0.0.1:8103/__admin/pact/state-change")!))
/// let report = await verifier.verify([pact])
/// print(report.consoleTable())
/// ```
public struct ProviderVerifier: Sendable {
    /// Where and how to verify.
    public struct Configuration: Sendable {
        /// The provider's base URL; its own path prefixes every interaction's path.
        public var baseURL: URL
        /// Where provider states are set up and torn down; `nil` sets up none.
        public var stateChangeURL: URL?
        /// Headers added to every request, replacing the interaction's headers of the same name
        /// (for example real credentials when checking a real vendor). Their values never appear
        /// in reports.
        public var headers: HTTPHeaders
        /// Whether provider states are torn down after each interaction.
        public var teardown: Bool
        /// The longest an exchange (request or state change) may take.
        public var timeout: Duration
        /// The time `Date`, `Time` and `DateTime` generators write.
        public var clock: any Clock

        /// Creates a configuration.
        public init(
            baseURL: URL, stateChangeURL: URL? = nil, headers: HTTPHeaders = HTTPHeaders(), teardown: Bool = true,
            timeout: Duration = .seconds(30), clock: any Clock = SystemClock()
        ) {
            self.baseURL = baseURL
            self.stateChangeURL = stateChangeURL
            self.headers = headers
            self.teardown = teardown
            self.timeout = timeout
            self.clock = clock
        }
    }

    /// Where and how this verifier verifies.
    public let configuration: Configuration
    private let client: ProviderClient

    /// Creates a verifier.
    public init(configuration: Configuration) {
        self.configuration = configuration
        self.client = ProviderClient(timeout: configuration.timeout)
    }

    /// The report title: `Provider verification against <base URL>`.
    public var reportTitle: String { "Provider verification against \(configuration.baseURL.absoluteString)" }

    /// Verifies each pact in turn: one suite per pact, named `<consumer>-<provider>`.
    public func verify(_ pacts: [Pact]) async -> VerificationReport {
        var report = VerificationReport(title: reportTitle)
        for pact in pacts { report.suites.append(await verify(pact)) }
        return report
    }

    /// Verifies every HTTP interaction of `pact`, in order: one case per interaction. The suite is
    /// named `suiteName`, or `<consumer>-<provider>`.
    public func verify(_ pact: Pact, suiteName: String? = nil) async -> VerificationReport.Suite {
        var suite = VerificationReport.Suite(name: suiteName ?? "\(pact.consumer)-\(pact.provider)")
        for interaction in pact.interactions {
            let outcome = await verify(interaction)
            let scrubber = SecretScrubber(extraHeaders: configuration.headers, sentHeaders: outcome.sentHeaders)
            suite.cases.append(outcome.result.reportCase(scrubber: scrubber))
        }
        return suite
    }

    private func verify(_ interaction: PactInteraction) async -> (result: InteractionOutcome, sentHeaders: HTTPHeaders) {
        let start = ContinuousClock.now
        var outcome = InteractionOutcome(interaction: interaction)
        var sent = HTTPHeaders()
        let setup = configuration.stateChangeURL.map { ProviderStateSetup(url: $0, client: client) }
        var values: [String: JSONValue] = [:]
        var established: [ProviderState] = []
        for state in interaction.providerStates {
            values.merge(state.params) { _, new in new }
            guard let setup else { continue }
            do {
                values.merge(try await setup.change(state, action: "setup")) { _, new in new }
                established.append(state)
            } catch {
                outcome.errors.append(error.description)
                break
            }
        }
        if setup == nil, !interaction.providerStates.isEmpty {
            outcome.notes.append("provider states were not set up (no state-change URL)")
        }
        if outcome.errors.isEmpty {
            sent = await exchange(interaction, values: values, into: &outcome)
        }
        if let setup, configuration.teardown {
            for state in established.reversed() {
                do {
                    _ = try await setup.change(state, action: "teardown")
                } catch {
                    outcome.errors.append(error.description)
                }
            }
        }
        outcome.duration = ContinuousClock.now - start
        return (outcome, sent)
    }

    /// Sends the interaction's request and matches the answer; returns the headers sent.
    private func exchange(_ interaction: PactInteraction, values: [String: JSONValue], into outcome: inout InteractionOutcome) async
        -> HTTPHeaders
    {
        var random = SystemRandomNumberGenerator()
        let context = GenerationContext(mode: .provider, providerState: values, now: configuration.clock.now)
        let prepared = PactGeneration.request(interaction.request, context: context, using: &random)
        outcome.notes += prepared.notes
        guard let request = OutgoingRequest(example: prepared.message, baseURL: configuration.baseURL, extraHeaders: configuration.headers)
        else {
            outcome.errors.append("'\(prepared.message.path)' does not form a valid URL with \(configuration.baseURL.absoluteString)")
            return HTTPHeaders()
        }
        outcome.requestLine = request.requestLine
        do {
            let response = try await client.send(request)
            outcome.status = response.status
            outcome.responseBody = response.body
            outcome.mismatches = PactMatcher.matchResponse(expected: interaction.response, actual: response)
        } catch {
            outcome.errors.append("\(request.requestLine) got no answer: \(error.reason)")
        }
        return request.headers
    }
}
