import EmulatorCore
import Foundation
import MicroHTTP
import UnderstudyCore

/// A stateful stand-in for the Loket.nl API (v2) as the HelloID Loket source connector uses it:
/// the OAuth token and authorize routes, and the paged employer, employee, employment,
/// organisational-entity, working-hours, department and portal-user lists, plus custom fields
/// and journal allocations, all on one listener.
///
/// ```swift
/// let emulator = try LoketEmulator(stubsDirectory: stubs, clock: clock)
/// let response = emulator.respond(to: request)
/// ```
public final class LoketEmulator: VendorEmulator {
    /// `loket`.
    public let vendor = "loket"
    /// 8101.
    public let defaultPort = 8101
    /// The settings the emulator starts with and returns to on reset.
    public let startupConfiguration: LoketConfiguration
    let clock: any Clock
    /// The indexed seed, shared copy-on-write with the live state until something changes it.
    private let startupDirectory: LoketDirectory
    let state: VendorState<LoketState>

    /// Creates an emulator serving `seed` with `configuration`, telling time by `clock`.
    /// ``LoketConfiguration/generatedEmployees`` is not applied here (see ``init(stubsDirectory:configuration:clock:)``).
    public init(seed: LoketSeed, configuration: LoketConfiguration = LoketConfiguration(), clock: any Clock = SystemClock()) {
        startupConfiguration = configuration
        self.clock = clock
        startupDirectory = LoketDirectory(seed: seed)
        state = VendorState(LoketState(directory: startupDirectory, configuration: configuration))
    }

    /// Creates an emulator from the seed files in `<stubsDirectory>/loket/data`, adding a
    /// generated employer when ``LoketConfiguration/generatedEmployees`` is set.
    public convenience init(
        stubsDirectory: URL, configuration: LoketConfiguration = LoketConfiguration(), clock: any Clock = SystemClock()
    ) throws(SeedError) {
        var seed = try LoketSeed.load(stubsDirectory: stubsDirectory)
        if let employees = configuration.generatedEmployees {
            seed = seed.adding(LoketSeed.generated(employees: employees, seed: configuration.generatorSeed))
        }
        self.init(seed: seed, configuration: configuration, clock: clock)
    }

    /// Answers a request as Loket would. Routing comes first (unknown paths 404 with an empty
    /// body, known paths with another method 405); `/v2` routes then need a valid bearer token
    /// (401), an `Accept` header that allows JSON of version 2018-01-01 or later (406), and
    /// rights on the employer (403); unknown ids are 404.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard let match = LoketState.router.match(request) else {
            let allowed = LoketState.router.allowedMethods(rawPath: request.rawPath)
            return allowed.isEmpty ? LoketResponse.notFound : LoketResponse.methodNotAllowed(request.method, allowed: allowed)
        }
        var call = LoketCall(request: request, parameters: match.parameters, now: clock.now)
        return state.withState { state in
            guard match.route.isAPI else { return match.route.handle(&state, call) }
            state.stats.apiRequests += 1
            switch state.tokens.check(request, now: call.now) {
            case .granted(let grant):
                call.clientID = grant.subject
            case .expired:
                state.stats.expiredTokens += 1
                state.stats.unauthorized += 1
                return LoketResponse.unauthorized
            case .missing, .unknown:
                state.stats.unauthorized += 1
                return LoketResponse.unauthorized
            }
            defer { state.countDownExpiry(now: call.now) }
            if let refusal = LoketAccept.refusal(request.headers["Accept"]) { return LoketResponse.notAcceptable(refusal) }
            let response = match.route.handle(&state, call)
            if response.status == 403 { state.stats.forbidden += 1 }
            return response
        }
    }

    /// Goes back to the seed and the startup configuration; issued tokens, codes, a pending
    /// expiry and counters are dropped.
    public func reset() {
        state.withState { $0 = LoketState(directory: startupDirectory, configuration: startupConfiguration) }
    }

    /// The settings in force now.
    public var configuration: LoketConfiguration { state.withState { $0.configuration } }

    /// Switches refresh-token rotation (a reset returns to the startup setting); tokens issued
    /// so far stay valid.
    public func setRefreshTokenRotation(_ on: Bool) {
        state.withState { $0.setRotation(on) }
    }

    /// Makes every access token issued so far expire now; returns how many were still valid.
    @discardableResult
    public func expireAccessTokens() -> Int {
        let now = clock.now
        return state.withState { $0.tokens.expireAccessTokens(now: now) }
    }

    /// The counters since start or the last reset.
    public var stats: LoketStats { state.withState { $0.stats } }
}
