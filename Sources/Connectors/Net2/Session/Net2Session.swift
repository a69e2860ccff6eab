import ConnectorRuntime
import Foundation
import Synchronization
import UnderstudyCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What the actions of one run share: one access token per Net2 server and operator, fetched
/// once and reused until it is about to expire (the original connector fetched one per action
/// and slept to stay under Net2's limit of two token requests per second).
///
/// Concurrent actions asking for a token while none is ready wait for the same sign-in. A 429
/// from any request is retried after the `Retry-After` Net2 sends, waiting on ``clock``.
///
/// ```swift
/// let connector = Net2Connector(session: Net2Session())
/// let created = try await connector.create(action, person: person)   // signs in
/// let updated = try await connector.update(next, person: person)     // reuses the token
/// ```
public final class Net2Session: Sendable {
    /// Retries fitting HelloID's 30 seconds per action: up to 10 attempts, at most 25 s of waiting.
    public static let defaultRetryPolicy = RetryPolicy(maxAttempts: 10, maxTotalWait: .seconds(25))

    /// The time source for token expiry, TOTP codes, dates sent to Net2 and waits before retries.
    public let clock: any Clock
    /// When requests are sent again (429 and 503).
    public let retryPolicy: RetryPolicy
    private let urlSession: URLSession?
    private let tokens = Mutex<[Key: Slot]>([:])

    /// One server, operator and licence.
    private struct Key: Hashable {
        var baseURL: String
        var userName: String
        var password: String
        var clientID: String

        init(_ settings: Net2Settings) {
            baseURL = settings.baseURL.absoluteString
            userName = settings.userName.lowercased()
            password = settings.password
            clientID = settings.clientID.lowercased()
        }
    }

    /// A token in hand, or a sign-in under way that callers wait for.
    private enum Slot {
        case ready(Net2Token)
        case signingIn(Task<Net2Token, any Error>)
    }

    /// Creates a session. `urlSession` defaults to the runtime's shared session.
    public init(clock: any Clock = SystemClock(), retryPolicy: RetryPolicy = Net2Session.defaultRetryPolicy, urlSession: URLSession? = nil)
    {
        self.clock = clock
        self.retryPolicy = retryPolicy
        self.urlSession = urlSession
    }

    /// A client for `settings`' server without credentials, refusing writes when `dryRun` is set.
    func client(for settings: Net2Settings, dryRun: Bool) -> ConnectorHTTPClient {
        ConnectorHTTPClient(baseURL: settings.baseURL, retryPolicy: retryPolicy, dryRun: dryRun, clock: clock, session: urlSession)
    }

    /// A usable access token for `settings`: the one in hand, or a new one. `stale` names a token
    /// Net2 refused (401), which is then not handed out again.
    func accessToken(for settings: Net2Settings, replacing stale: String? = nil) async throws -> String {
        let key = Key(settings)
        let now = clock.now
        let slot: Slot = tokens.withLock { tokens in
            switch tokens[key] {
            case .ready(let token)? where token.isUsable(at: now) && token.accessToken != stale:
                return .ready(token)
            case .signingIn(let task)?:
                return .signingIn(task)
            default:
                let authenticator = Net2Authenticator(settings: settings, client: client(for: settings, dryRun: false))
                let task = Task { try await authenticator.signIn() }
                tokens[key] = .signingIn(task)
                return .signingIn(task)
            }
        }
        switch slot {
        case .ready(let token):
            return token.accessToken
        case .signingIn(let signIn):
            do {
                let token = try await signIn.value
                settle(key, signIn, with: .ready(token))
                return token.accessToken
            } catch {
                settle(key, signIn, with: nil)
                throw error
            }
        }
    }

    /// Replaces the slot of `key` with `slot` if it still waits for `task`.
    private func settle(_ key: Key, _ task: Task<Net2Token, any Error>, with slot: Slot?) {
        tokens.withLock { tokens in
            if case .signingIn(let current)? = tokens[key], current == task { tokens[key] = slot }
        }
    }
}
