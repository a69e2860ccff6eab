/// `{{randomValue length=10 type='ALPHANUMERIC' uppercase=true}}`: random text, as WireMock
/// makes it.
///
/// Types: `ALPHANUMERIC` (the default), `ALPHABETIC`, `NUMERIC`, `ALPHANUMERIC_AND_SYMBOLS`
/// (printable ASCII `!`…`~`), `HEXADECIMAL` and `UUID` (a version 4 UUID; `length` is ignored).
/// Like WireMock, the result is lower-cased unless `uppercase=true`, and `length` defaults to 36.
struct RandomValueHelper: Sendable {
    /// The kind of text to make.
    enum Kind: String, Sendable, CaseIterable {
        case alphanumeric = "ALPHANUMERIC"
        case alphabetic = "ALPHABETIC"
        case numeric = "NUMERIC"
        case alphanumericAndSymbols = "ALPHANUMERIC_AND_SYMBOLS"
        case hexadecimal = "HEXADECIMAL"
        case uuid = "UUID"

        /// The characters drawn from, as ASCII bytes.
        var alphabet: [UInt8] {
            let upper = Array(UInt8(ascii: "A")...UInt8(ascii: "Z"))
            let lower = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
            let digits = Array(UInt8(ascii: "0")...UInt8(ascii: "9"))
            switch self {
            case .alphanumeric: return upper + lower + digits
            case .alphabetic: return upper + lower
            case .numeric: return digits
            case .alphanumericAndSymbols: return Array(UInt8(ascii: "!")...UInt8(ascii: "~"))
            case .hexadecimal, .uuid: return Array("ABCDEF0123456789".utf8)
            }
        }
    }

    /// The longest text a template may ask for.
    static let maximumLength = 65_536

    private let kind: Kind
    private let length: Int
    private let uppercase: Bool
    /// ``Kind/alphabet`` in the case the output uses.
    private let alphabet: [UInt8]

    /// Compiles the arguments of a `randomValue` call.
    init(_ arguments: HelperArguments) throws(TemplateSyntaxError) {
        try arguments.expectPositional(0, "{{randomValue length=10 type='ALPHANUMERIC' uppercase=true}}")
        try arguments.expectHash(in: ["length", "type", "uppercase"])
        var kind = Kind.alphanumeric
        if let (name, position) = try arguments.string("type") {
            guard let named = Kind(rawValue: name) else {
                let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw TemplateSyntaxError(offset: position, reason: "unknown randomValue type '\(name)' (known: \(known))")
            }
            kind = named
        }
        let length = try arguments.integer("length") ?? 36
        guard (0...Self.maximumLength).contains(length) else {
            throw TemplateSyntaxError(offset: arguments.offset, reason: "randomValue length must be between 0 and \(Self.maximumLength), not \(length)")
        }
        self.kind = kind
        self.length = length
        let uppercase = try arguments.boolean("uppercase") ?? false
        self.uppercase = uppercase
        alphabet = kind.alphabet.map { uppercase ? Self.uppercased($0) : Self.lowercased($0) }
    }

    /// New random text drawn from `generator`.
    func text(using generator: inout any RandomNumberGenerator) -> String {
        if kind == .uuid { return uuid(using: &generator) }
        var bytes = [UInt8](repeating: 0, count: length)
        let count = UInt64(alphabet.count)
        for position in bytes.indices {
            bytes[position] = alphabet[Int(generator.next(upperBound: count))]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func uuid(using generator: inout any RandomNumberGenerator) -> String {
        let high = generator.next() & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_4000
        let low = generator.next() & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        let digits = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var output: [UInt8] = []
        output.reserveCapacity(36)
        for (index, word) in [high, low].enumerated() {
            for nibble in 0..<16 {
                let position = index * 16 + nibble
                if position == 8 || position == 12 || position == 16 || position == 20 { output.append(UInt8(ascii: "-")) }
                output.append(digits[Int(word >> UInt64(60 - nibble * 4) & 0xF)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
