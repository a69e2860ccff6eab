import EmulatorCore
import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct TokenIssuerTests {
    private let policy = TokenPolicy(accessTokenLifetime: .seconds(1800), refreshTokenLifetime: .seconds(7200))

    @Test func accessTokenExpiresAfterItsLifetime() {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: policy)
        let issued = issuer.issue(subject: "System engineer", includeRefreshToken: false, now: clock.now)
        #expect(issued.expiresIn == 1800)
        #expect(issued.refreshToken == nil)
        #expect(issuer.check(accessToken: issued.accessToken, now: clock.now) == .granted(issued.grant))
        clock.advance(by: .seconds(1799))
        #expect(issuer.check(accessToken: issued.accessToken, now: clock.now).grant?.subject == "System engineer")
        clock.advance(by: .seconds(1))
        #expect(issuer.check(accessToken: issued.accessToken, now: clock.now) == .expired(issued.grant))
        #expect(issuer.check(accessToken: "never-issued", now: clock.now) == .unknown)
    }

    @Test func readsBearerHeadersWithAnyCaseOfScheme() {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: policy)
        let token = issuer.issue(subject: "s", includeRefreshToken: false, now: clock.now).accessToken
        for header in ["Bearer \(token)", "bearer \(token)", "BEARER  \(token) ", " Bearer\t\(token)\t"] {
            let request = HTTPRequest(method: "GET", target: "/", headers: ["authorization": header])
            #expect(issuer.check(request, now: clock.now).grant != nil, "header \(header)")
        }
        #expect(issuer.check(HTTPRequest(method: "GET", target: "/"), now: clock.now) == .missing)
        let basic = HTTPRequest(method: "GET", target: "/", headers: ["Authorization": "Basic \(token)"])
        #expect(issuer.check(basic, now: clock.now) == .missing)
        for header in ["Bearer", "Bearer   ", "Bearertoken", ""] {
            let request = HTTPRequest(method: "GET", target: "/", headers: ["Authorization": header])
            #expect(issuer.check(request, now: clock.now) == .missing, "header \(header)")
        }
    }

    @Test func jwtLookingTokensCarryTheirClaims() throws {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: policy)
        let token = issuer.issue(subject: "System engineer", includeRefreshToken: true, now: clock.now)
        let parts = token.accessToken.split(separator: ".")
        #expect(parts.count == 3)
        #expect(token.accessToken.hasPrefix("eyJ"))
        var payload = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        payload += String(repeating: "=", count: (4 - payload.count % 4) % 4)
        let claims = try JSONValue(parsing: try #require(Data(base64Encoded: payload)))
        #expect(claims["sub"] == "System engineer")
        #expect(claims["exp"]?.intValue == Int(clock.now.timeIntervalSince1970) + 1800)
        let refresh = try #require(token.refreshToken)
        #expect(refresh.count == 32 && refresh.allSatisfy(\.isHexDigit))
    }

    @Test func rotatingRefreshConsumesTheOldToken() throws {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: policy)
        let first = issuer.issue(subject: "s", scopes: ["offline_access"], includeRefreshToken: true, now: clock.now)
        clock.advance(by: .seconds(60))
        guard case .refreshed(let second) = issuer.refresh(try #require(first.refreshToken), now: clock.now) else {
            Issue.record("refresh failed")
            return
        }
        #expect(second.grant.subject == "s")
        #expect(second.grant.scopes == ["offline_access"])
        #expect(second.refreshToken != nil && second.refreshToken != first.refreshToken)
        #expect(issuer.refresh(first.refreshToken!, now: clock.now) == .unknown)
    }

    @Test func nonRotatingRefreshKeepsTheToken() throws {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: TokenPolicy(
            accessTokenLifetime: .seconds(60), refreshTokenLifetime: .seconds(120), accessTokenFormat: .uuid,
            refreshTokenFormat: .uuid, rotatesRefreshTokens: false))
        let first = issuer.issue(subject: "s", includeRefreshToken: true, now: clock.now)
        let refreshToken = try #require(first.refreshToken)
        guard case .refreshed(let second) = issuer.refresh(refreshToken, now: clock.now) else {
            Issue.record("refresh failed")
            return
        }
        #expect(second.refreshToken == refreshToken)
        #expect(UUID(uuidString: second.accessToken) != nil)
        clock.advance(by: .seconds(120))
        #expect(issuer.refresh(refreshToken, now: clock.now) == .expired)
    }

    @Test func refreshWithoutAskingForANewRefreshToken() throws {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: policy)
        let first = issuer.issue(subject: "s", includeRefreshToken: true, now: clock.now)
        guard case .refreshed(let second) = issuer.refresh(try #require(first.refreshToken), includeRefreshToken: false, now: clock.now)
        else {
            Issue.record("refresh failed")
            return
        }
        #expect(second.refreshToken == nil)
        #expect(issuer.check(accessToken: second.accessToken, now: clock.now).grant != nil)
    }

    @Test func hexTokensHaveTheAskedLength() {
        var issuer = TokenIssuer(policy: TokenPolicy(
            accessTokenLifetime: .seconds(1), refreshTokenLifetime: .seconds(1), accessTokenFormat: .hex(length: 40)))
        let token = issuer.issue(subject: "s", includeRefreshToken: false, now: Date()).accessToken
        #expect(token.count == 40 && token.allSatisfy(\.isHexDigit))
    }

    @Test func registeredRefreshTokensWorkLikeIssuedOnes() throws {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: TokenPolicy(accessTokenLifetime: .seconds(60), refreshTokenLifetime: .seconds(120), rotatesRefreshTokens: false))
        issuer.register(refreshToken: "configured", subject: "client-a", scopes: ["all"])
        guard case .refreshed(let issued) = issuer.refresh("configured", now: clock.now) else {
            Issue.record("refresh failed")
            return
        }
        #expect(issued.grant.subject == "client-a")
        #expect(issued.grant.scopes == ["all"])
        #expect(issued.refreshToken == "configured")
        clock.advance(by: .seconds(86_400 * 365))
        #expect(issuer.refresh("configured", now: clock.now) != .expired, "registered without an expiry it never expires")
        issuer.register(refreshToken: "short", subject: "client-a", expiresAt: clock.now.addingTimeInterval(10))
        clock.advance(by: .seconds(10))
        #expect(issuer.refresh("short", now: clock.now) == .expired)
    }

    @Test func refreshBoundToASubjectRefusesOthersWithoutConsumingTheToken() throws {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: policy)
        issuer.register(refreshToken: "for-a", subject: "client-a")
        #expect(issuer.refresh("for-a", issuedTo: "client-b", now: clock.now) == .unknown)
        guard case .refreshed(let issued) = issuer.refresh("for-a", issuedTo: "client-a", now: clock.now) else {
            Issue.record("refresh failed")
            return
        }
        #expect(issued.grant.subject == "client-a")
    }

    @Test func rotationCanBeSwitchedWithoutForgettingTokens() throws {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: TokenPolicy(accessTokenLifetime: .seconds(60), refreshTokenLifetime: .seconds(600), rotatesRefreshTokens: false))
        let first = issuer.issue(subject: "s", includeRefreshToken: true, now: clock.now)
        let refreshToken = try #require(first.refreshToken)
        issuer.policy.rotatesRefreshTokens = true
        #expect(issuer.check(accessToken: first.accessToken, now: clock.now).grant != nil)
        guard case .refreshed(let rotated) = issuer.refresh(refreshToken, now: clock.now) else {
            Issue.record("refresh failed")
            return
        }
        #expect(rotated.refreshToken != refreshToken)
        #expect(issuer.refresh(refreshToken, now: clock.now) == .unknown)
    }

    @Test func expiringAllAccessTokensCutsOnlyTheValidOnesShort() {
        let clock = ManualClock()
        var issuer = TokenIssuer(policy: policy)
        let old = issuer.issue(subject: "s", includeRefreshToken: false, now: clock.now)
        clock.advance(by: .seconds(1800))
        let fresh = issuer.issue(subject: "s", includeRefreshToken: false, now: clock.now)
        let other = issuer.issue(subject: "t", includeRefreshToken: false, now: clock.now)
        #expect(issuer.expireAccessTokens(now: clock.now) == 2)
        #expect(issuer.check(accessToken: fresh.accessToken, now: clock.now) == .expired(TokenGrant(
            subject: "s", scopes: [], issuedAt: fresh.grant.issuedAt, expiresAt: clock.now)))
        #expect(issuer.check(accessToken: other.accessToken, now: clock.now).grant == nil)
        #expect(issuer.check(accessToken: old.accessToken, now: clock.now) == .expired(old.grant))
        let later = issuer.issue(subject: "s", includeRefreshToken: false, now: clock.now)
        #expect(issuer.check(accessToken: later.accessToken, now: clock.now).grant != nil)
    }
}
