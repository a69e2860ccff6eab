import Foundation
import UnderstudyCore

/// How issued token strings look. Tokens are always random; the format only mimics a vendor.
public enum TokenFormat: Sendable, Hashable {
    /// Lower-case hexadecimal of the given length (Net2 refresh tokens are 32 characters).
    case hex(length: Int)
    /// A lower-case UUID.
    case uuid
    /// A JWT-looking `header.payload.signature` in base64url with `sub`, `iat`, `exp` and `jti`
    /// claims; the signature is random bytes, not a real signature.
    case jwt

    /// Makes a fresh token for `subject`, expiring at `expiresAt`.
    func make(subject: String, issuedAt: Date, expiresAt: Date) -> String {
        switch self {
        case .hex(let length):
            return Self.randomHex(length: length)
        case .uuid:
            return UUID().uuidString.lowercased()
        case .jwt:
            let header: JSONValue = ["alg": "HS256", "typ": "JWT"]
            let payload: JSONValue = [
                "sub": .string(subject),
                "iat": .integer(Int64(issuedAt.timeIntervalSince1970.rounded(.down))),
                "exp": .integer(Int64(expiresAt.timeIntervalSince1970.rounded(.down))),
                "jti": .string(Self.randomHex(length: 32)),
            ]
            let signature = (0..<32).map { _ in UInt8.random(in: .min ... .max) }
            return [header.serializedData(), payload.serializedData(), Data(signature)]
                .map(Self.base64URL).joined(separator: ".")
        }
    }

    private static func randomHex(length: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<max(1, length)).map { _ in digits[Int.random(in: 0..<16)] })
    }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
