import Foundation
import LoketEmulator
import MicroHTTP
import Synchronization

/// A loopback server in front of a Loket emulator that holds every period-list request
/// (`…/organizationalentities`, `…/workinghours`) until `limit` are held, then tells the test,
/// which releases them; it counts the most requests held at once. Once all `expected` period
/// requests have arrived, the rest are answered at once. Other requests are answered directly.
final class GatedLoketServer: Sendable {
    /// The held requests and the counts, shared with the server's handler.
    private final class Gate: Sendable {
        struct State {
            var held: [(HTTPRequest, @Sendable (HTTPAnswer) -> Void)] = []
            var arrived = 0
            var mostHeld = 0
        }

        let state = Mutex(State())
        let emulator: LoketEmulator

        init(emulator: LoketEmulator) {
            self.emulator = emulator
        }

        func answer(_ held: [(HTTPRequest, @Sendable (HTTPAnswer) -> Void)]) {
            for (request, complete) in held { complete(.respond(emulator.respond(to: request))) }
        }
    }

    private let gate: Gate
    let server: HTTPServer
    /// One element each time `limit` requests are held.
    let fullBatches: AsyncStream<Void>

    init(emulator: LoketEmulator, limit: Int, expected: Int) throws {
        let gate = Gate(emulator: emulator)
        let (batches, signal) = AsyncStream<Void>.makeStream()
        self.gate = gate
        fullBatches = batches
        server = HTTPServer(configuration: .init(port: 0, threadCount: 4)) { request in
            guard request.path.hasSuffix("/organizationalentities") || request.path.hasSuffix("/workinghours") else {
                return .respond(emulator.respond(to: request))
            }
            return .deferred { complete in
                let (released, isFull) = gate.state.withLock { state in
                    state.held.append((request, complete))
                    state.arrived += 1
                    state.mostHeld = max(state.mostHeld, state.held.count)
                    guard state.arrived < expected else {
                        defer { state.held = [] }
                        return (state.held, false)
                    }
                    return ([], state.held.count == limit)
                }
                gate.answer(released)
                if isFull { signal.yield() }
            }
        }
        try server.start()
    }

    deinit { server.stop() }

    /// `http://127.0.0.1:PORT`.
    var baseURL: String { server.baseURL }

    /// The most period requests held at once.
    var mostHeld: Int { gate.state.withLock { $0.mostHeld } }

    /// Answers every held request.
    func releaseAll() {
        gate.answer(gate.state.withLock { state in
            defer { state.held = [] }
            return state.held
        })
    }
}
