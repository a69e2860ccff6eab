import Foundation
import MicroHTTP
import Stubbing
import Synchronization
import UnderstudyCore

/// Serves pact files as stubs, as the Pact stub server does: a request is answered with the
/// example response of the interaction whose request matches it.
///
/// When several interactions match (the same request under different provider states), the
/// states named in the request's state header decide — several separated by commas — or else
/// the states set up through `POST /__admin/pact/state-change`. A request no interaction matches
/// gets 404 with the closest interactions and how the request differs from each.
///
/// Run it inside a `StubServer`, which adds the admin API and the request journal:
/// ```swift
/// let stub = PactStub(pacts: [pact])
/// let stubs = try StubServer(backend: stub.backend)
/// let server = HTTPServer(configuration: .init(port: 0), handler: stubs.handle)
/// try server.start()
/// stub.serverURL = server.baseURL
/// ```
public final class PactStub: Sendable {
    /// The name of the backend (shown in the request journal as what answered).
    public static let backendName = "pact-stub"

    /// The interactions served, in pact and file order.
    public let entries: [PactStubEntry]
    /// The request header naming provider states, for example `X-Pact-Provider-State`.
    public let stateHeader: String
    private let clock: any Clock
    private let activeStates = Mutex<[String]>([])
    private let baseURL = Mutex<String?>(nil)

    /// Creates a stub serving every HTTP interaction of `pacts`.
    public init(pacts: [Pact], stateHeader: String = "X-Pact-Provider-State", clock: any Clock = SystemClock()) {
        self.entries = pacts.flatMap { pact in
            pact.interactions.map { PactStubEntry(pactName: "\(pact.consumer)-\(pact.provider)", interaction: $0) }
        }
        self.stateHeader = stateHeader
        self.clock = clock
    }

    /// The server's base URL, which `MockServerURL` generators write into responses; set it once
    /// the server listens.
    public var serverURL: String? {
        get { baseURL.withLock { $0 } }
        set { baseURL.withLock { $0 = newValue } }
    }

    /// The provider states set up through the state-change route and not torn down, oldest first.
    public var providerStates: [String] { activeStates.withLock { $0 } }

    /// The backend to run inside a `StubServer`.
    public var backend: StubBackend {
        StubBackend(
            name: Self.backendName,
            respond: { [self] request in respond(to: request) },
            applyProviderState: { [self] change in apply(change) },
            reset: { [self] in activeStates.withLock { $0.removeAll() } })
    }

    /// The answer to `request`: the chosen interaction's example response with its generators
    /// applied, or 404 with a report.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let interactions = entries.map(\.interaction)
        let headerStates = request.headers[stateHeader].map { value in
            value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let selection = PactStubSelection.select(
            ObservedRequest(request), among: interactions, headerStates: headerStates, activeStates: providerStates)
        switch selection {
        case .matched(let index):
            return response(for: entries[index].interaction)
        case .unmatched(let closest):
            let report = PactStubReport.unmatched(request, closest: closest.map { (entries[$0.index], $0.mismatches) })
            return .text(report, status: 404)
        case .notInState(let states, let candidates):
            let report = PactStubReport.notInState(request, states: states, header: stateHeader, candidates: candidates.map { entries[$0] })
            return .text(report, status: 404)
        }
    }

    private func response(for interaction: PactInteraction) -> HTTPResponse {
        var random = SystemRandomNumberGenerator()
        let context = GenerationContext(mode: .consumer, mockServerURL: serverURL, now: clock.now)
        let prepared = PactGeneration.response(interaction.response, context: context, using: &random)
        let example = ObservedResponse(example: prepared.message)
        return HTTPResponse(status: example.status, headers: example.headers, body: example.body)
    }

    /// Records a state set up (most recent last) or removes one torn down; answers the state's parameters.
    private func apply(_ change: ProviderStateChange) -> [String: JSONValue] {
        activeStates.withLock { states in
            states.removeAll { $0 == change.state }
            if change.action == .setup { states.append(change.state) }
        }
        return change.params
    }
}
