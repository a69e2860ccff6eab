import Synchronization

/// The access token of one import, obtained with the refresh token and renewed when Loket
/// refuses it, by one token request however many requests were refused at once.
///
/// Keeps the newest refresh token: when Loket rotates refresh tokens, each token answer carries a
/// new one and the one used is spent, so a renewal must use the newest and the caller must store
/// it for the next run (``refreshToken``).
final class LoketAuthorization: Sendable {
    /// Sends a token request with a refresh token.
    typealias Grant = @Sendable (_ refreshToken: String) async throws -> LoketTokenGrant

    private struct State {
        var current: LoketAccessToken?
        var refreshToken: String
        var renewal: Task<LoketAccessToken, any Error>?
    }

    private let state: Mutex<State>
    private let grant: Grant

    /// Creates the authorization of one import, starting from the configured `refreshToken`.
    init(refreshToken: String, grant: @escaping Grant) {
        state = Mutex(State(refreshToken: refreshToken))
        self.grant = grant
    }

    /// The newest refresh token: the configured one, or the last one Loket handed out.
    var refreshToken: String { state.withLock { $0.refreshToken } }

    /// A token to send: the current one, or a new one when there is none yet or when `refused`
    /// is the current one (Loket answered 401 to it). Concurrent callers share one token request.
    func token(replacing refused: LoketAccessToken? = nil) async throws -> LoketAccessToken {
        enum Next {
            case ready(LoketAccessToken)
            case waiting(Task<LoketAccessToken, any Error>)
        }
        let next = state.withLock { state -> Next in
            if let current = state.current, current != refused { return .ready(current) }
            if let renewal = state.renewal { return .waiting(renewal) }
            let refreshToken = state.refreshToken
            let generation = (state.current?.generation ?? 0) + 1
            let renewal = Task { try await self.obtain(with: refreshToken, generation: generation) }
            state.renewal = renewal
            return .waiting(renewal)
        }
        switch next {
        case .ready(let token): return token
        case .waiting(let renewal): return try await renewal.value
        }
    }

    private func obtain(with refreshToken: String, generation: Int) async throws -> LoketAccessToken {
        do {
            let granted = try await grant(refreshToken)
            let token = LoketAccessToken(value: granted.accessToken, generation: generation)
            state.withLock { state in
                state.current = token
                if let newRefreshToken = granted.refreshToken, !newRefreshToken.isEmpty { state.refreshToken = newRefreshToken }
                state.renewal = nil
            }
            return token
        } catch {
            state.withLock { $0.renewal = nil }
            throw error
        }
    }
}
