import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238) over HMAC-SHA1 one-time passwords (RFC 4226),
/// as authenticator apps compute them.
public struct TOTP: Sendable, Hashable {
    /// The shared secret.
    public var secret: [UInt8]
    /// The number of digits of a code (6 in authenticator apps, 8 in the RFC test vectors).
    public var digits: Int
    /// The length of one time step.
    public var period: Duration

    /// Creates a generator for a raw secret.
    public init(secret: [UInt8], digits: Int = 6, period: Duration = .seconds(30)) {
        self.secret = secret
        self.digits = digits
        self.period = period
    }

    /// Creates a generator for a Base32 secret, as authenticator apps show it.
    public init(base32Secret: String, digits: Int = 6, period: Duration = .seconds(30)) throws(Base32Error) {
        self.init(secret: try Base32.decode(base32Secret), digits: digits, period: period)
    }

    /// The time step (moving factor) that `date` falls in.
    public func counter(at date: Date) -> UInt64 {
        let elapsed = date.timeIntervalSince1970
        guard elapsed > 0, period.seconds > 0 else { return 0 }
        return UInt64((elapsed / period.seconds).rounded(.down))
    }

    /// The code valid at `date`.
    public func code(at date: Date) -> String {
        code(counter: counter(at: date))
    }

    /// The HOTP code for a counter value (RFC 4226 §5.3: dynamic truncation, modulo 10^digits).
    public func code(counter: UInt64) -> String {
        let message = withUnsafeBytes(of: counter.bigEndian) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary = (UInt32(mac[offset] & 0x7F) << 24) | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt64 = 1
        for _ in 0..<digits { modulus *= 10 }
        let text = String(UInt64(binary) % modulus)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Whether `candidate` is the code of the step of `date` or of up to `tolerance` steps
    /// before or after it (clock drift allowance; RFC 6238 §5.2 recommends one step).
    public func isValid(_ candidate: String, at date: Date, tolerance: Int = 1) -> Bool {
        let trimmed = candidate.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == digits else { return false }
        let current = Int64(clamping: counter(at: date))
        return (-Int64(tolerance)...Int64(tolerance)).contains { step in
            let counter = current + step
            return counter >= 0 && code(counter: UInt64(counter)) == trimmed
        }
    }
}
