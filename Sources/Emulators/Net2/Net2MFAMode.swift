import Foundation
import EmulatorCore
import UnderstudyCore

/// Whether the token route asks for a second factor (Net2 v7 MFA), and how a code is checked.
public enum Net2MFAMode: Sendable, Hashable, CustomStringConvertible {
    /// No MFA: the password grant answers with a token at once.
    case off
    /// MFA with a fixed code, as the connector's static `MfaCode` setting sends.
    case code(String)
    /// MFA with RFC 6238 codes from a shared secret (one step of drift allowed either way).
    case totp(TOTP)

    /// Parses `off`, `code:NNNNNN` or `totp:BASE32SECRET`.
    public init(parsing text: String) throws(VendorSettingError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func failure(_ reason: String) -> VendorSettingError {
            VendorSettingError(vendor: "net2", setting: "mfa", value: text, reason: reason)
        }
        if trimmed.lowercased() == "off" {
            self = .off
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { throw failure("expected off, code:NNNNNN or totp:BASE32SECRET") }
        let kind = trimmed[..<colon].lowercased()
        let argument = String(trimmed[trimmed.index(after: colon)...])
        switch kind {
        case "code":
            guard !argument.isEmpty, argument.allSatisfy({ ("0"..."9").contains($0) }) else {
                throw failure("the code must be digits, for example code:123456")
            }
            self = .code(argument)
        case "totp":
            let secret: [UInt8]
            do {
                secret = try Base32.decode(argument)
            } catch {
                throw failure("the secret is not Base32: \(error.description)")
            }
            guard secret.count >= 10 else { throw failure("the secret must be at least 80 bits (16 Base32 characters)") }
            self = .totp(TOTP(secret: secret))
        default:
            throw failure("unknown MFA kind '\(kind)'; expected off, code:NNNNNN or totp:BASE32SECRET")
        }
    }

    /// Whether MFA is required.
    public var isEnabled: Bool { self != .off }

    /// The text form: `off`, `code:NNNNNN` or `totp:BASE32SECRET`.
    public var description: String {
        switch self {
        case .off: return "off"
        case .code(let code): return "code:\(code)"
        case .totp(let totp): return "totp:\(Base32.encode(totp.secret))"
        }
    }

    /// How many digits a code has, for padding codes that arrive as JSON numbers.
    var codeLength: Int {
        switch self {
        case .off: return 0
        case .code(let code): return code.count
        case .totp(let totp): return totp.digits
        }
    }

    /// Whether `candidate` is a right code at `now`.
    func accepts(_ candidate: String, at now: Date) -> Bool {
        let candidate = candidate.trimmingCharacters(in: .whitespaces)
        switch self {
        case .off: return false
        case .code(let code): return candidate == code
        case .totp(let totp): return totp.isValid(candidate, at: now)
        }
    }
}
