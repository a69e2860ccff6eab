import Foundation
import Testing
import UnderstudyCore

@testable import Net2Connector

@Suite struct Net2TokenTests {
    private let now = Date(timeIntervalSince1970: 1_767_225_600)

    @Test func readsTheTokenAndItsLifetime() throws {
        let token = try #require(Net2Token(answer: ["access_token": "abc", "expires_in": 600], now: now))
        #expect(token.accessToken == "abc")
        #expect(token.expiresAt == now.addingTimeInterval(600))
    }

    @Test func assumesNet2sThirtyMinutesAndNeedsAToken() throws {
        #expect(try #require(Net2Token(answer: ["access_token": "abc"], now: now)).expiresAt == now.addingTimeInterval(1800))
        #expect(Net2Token(answer: ["error": "mfa_required"], now: now) == nil)
        #expect(Net2Token(answer: ["access_token": ""], now: now) == nil)
    }

    @Test func isRenewedAMinuteBeforeItExpires() throws {
        let token = try #require(Net2Token(answer: ["access_token": "abc", "expires_in": 1800], now: now))
        #expect(token.isUsable(at: now.addingTimeInterval(1739)))
        #expect(!token.isUsable(at: now.addingTimeInterval(1740)))
    }
}
