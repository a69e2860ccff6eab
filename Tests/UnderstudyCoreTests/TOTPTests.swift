import Foundation
import Testing
import UnderstudyCore

@Suite struct TOTPTests {
    private let rfcSecret = Array("12345678901234567890".utf8)

    /// RFC 6238 Appendix B, SHA-1 column (8 digits, 30-second steps).
    @Test(arguments: [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ])
    func rfc6238Vectors(seconds: Int, expected: String) {
        let totp = TOTP(secret: rfcSecret, digits: 8)
        #expect(totp.code(at: Date(timeIntervalSince1970: TimeInterval(seconds))) == expected)
    }

    /// RFC 4226 Appendix D (6 digits, counters 0 to 9).
    @Test func rfc4226Vectors() {
        let expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]
        let hotp = TOTP(secret: rfcSecret)
        #expect((0..<10).map { hotp.code(counter: UInt64($0)) } == expected)
    }

    @Test func base32SecretMatchesRawSecret() throws {
        let totp = try TOTP(base32Secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", digits: 8)
        #expect(totp.secret == rfcSecret)
        #expect(totp.code(at: Date(timeIntervalSince1970: 59)) == "94287082")
    }

    @Test func acceptsOneStepOfDriftEitherWay() {
        let totp = TOTP(secret: rfcSecret)
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        #expect(totp.isValid(totp.code(at: now), at: now))
        #expect(totp.isValid(totp.code(at: now.addingTimeInterval(-30)), at: now))
        #expect(totp.isValid(totp.code(at: now.addingTimeInterval(30)), at: now))
        #expect(!totp.isValid(totp.code(at: now.addingTimeInterval(-60)), at: now))
        #expect(!totp.isValid(totp.code(at: now.addingTimeInterval(60)), at: now))
        #expect(!totp.isValid("12345", at: now))
    }
}
