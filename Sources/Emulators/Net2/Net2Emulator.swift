import EmulatorCore
import Foundation
import MicroHTTP
import UnderstudyCore

/// A stateful stand-in for the Paxton Net2 Local Web API as the HelloID Net2 connector uses
/// it: the token route (password, refresh and MFA grants, 2 requests per second), users,
/// departments, access levels, door permission sets, custom field names and the two custom
/// queries the connector sends.
///
/// ```swift
/// let emulator = Net2Emulator(seed: try Net2Seed.load(stubsDirectory: stubs), clock: clock)
/// let response = emulator.respond(to: request)
/// ```
public final class Net2Emulator: VendorEmulator {
    /// `net2`.
    public let vendor = "net2"
    /// 8103.
    public let defaultPort = 8103
    /// The data the emulator starts from and returns to on reset.
    public let seed: Net2Seed
    /// The settings the emulator starts with and returns to on reset.
    public let startupConfiguration: Net2Configuration
    let clock: any Clock
    let state: VendorState<Net2State>

    /// Creates an emulator serving `seed` with `configuration`, telling time by `clock`.
    public init(seed: Net2Seed, configuration: Net2Configuration = Net2Configuration(), clock: any Clock = SystemClock()) {
        self.seed = seed
        self.startupConfiguration = configuration
        self.clock = clock
        self.state = VendorState(Net2State(seed: seed, configuration: configuration))
    }

    /// Creates an emulator from the seed files in `<stubsDirectory>/net2/data`.
    public convenience init(
        stubsDirectory: URL, configuration: Net2Configuration = Net2Configuration(), clock: any Clock = SystemClock()
    ) throws(SeedError) {
        self.init(seed: try Net2Seed.load(stubsDirectory: stubsDirectory), configuration: configuration, clock: clock)
    }

    /// Answers a request as Net2 would: unknown paths 404 and known paths with another method
    /// 405 (both before authorisation, as ASP.NET routes first), data routes without a valid
    /// bearer token 401.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard let match = Net2State.router.match(request) else {
            let allowed = Net2State.router.allowedMethods(rawPath: request.rawPath)
            return allowed.isEmpty
                ? Net2Response.noRoute(request) : Net2Response.methodNotAllowed(request.method, allowed: allowed)
        }
        let call = Net2Call(request: request, parameters: match.parameters, now: clock.now)
        return state.withState { state in
            if match.route.requiresToken, state.tokens.check(request, now: call.now).grant == nil {
                return Net2Response.unauthorized
            }
            return match.route.handle(&state, call)
        }
    }

    /// Goes back to the seed and the startup configuration; tokens, challenges and counters are dropped.
    public func reset() {
        state.withState { $0 = Net2State(seed: seed, configuration: startupConfiguration) }
    }

    /// The settings in force now.
    public var configuration: Net2Configuration { state.withState { $0.configuration } }

    /// Changes the settings in force (a reset returns to the startup configuration).
    public func configure(_ configuration: Net2Configuration) {
        state.withState { $0.apply(configuration) }
    }

    /// The counters since start or the last reset.
    public var stats: Net2Stats { state.withState { $0.stats } }

    /// The users as they are now, in id order.
    public var users: [Net2User] { state.withState { $0.sortedUsers } }
}
