import Foundation
import UnderstudyCore

extension PactGenerator {
    /// What generating one value gave.
    enum Outcome: Equatable {
        /// The new value.
        case replaced(JSONValue)
        /// The example stays; the note says why when it is worth telling.
        case kept(note: String?)
    }

    /// A value to put in place of `example`, or the example kept (the generator does not apply in
    /// this mode, or it cannot be resolved).
    func generate(replacing example: JSONValue, context: GenerationContext, using random: inout some RandomNumberGenerator)
        -> Outcome
    {
        switch self {
        case .randomInt(let min, let max):
            return .replaced(.integer(Int64(Int.random(in: min...max, using: &random))))
        case .randomDecimal(let digits):
            return .replaced(.double(Self.decimal(digits: digits, using: &random)))
        case .randomHexadecimal(let digits):
            return .replaced(.string(String((0..<digits).map { _ in Self.hexDigits.randomElement(using: &random)! })))
        case .randomString(let size):
            return .replaced(.string(String((0..<size).map { _ in Self.alphanumerics.randomElement(using: &random)! })))
        case .randomBoolean:
            return .replaced(.bool(Bool.random(using: &random)))
        case .regex:
            return .kept(note: nil)
        case .uuid(let format):
            return .replaced(.string(Self.uuid(format, using: &random)))
        case .date(let format):
            return .replaced(.string(Self.format(context.now, javaPattern: format ?? "yyyy-MM-dd")))
        case .time(let format):
            return .replaced(.string(Self.format(context.now, javaPattern: format ?? "HH:mm:ss")))
        case .dateTime(let format):
            return .replaced(.string(Self.format(context.now, javaPattern: format ?? "yyyy-MM-dd'T'HH:mm:ss")))
        case .providerState(let expression, let dataType):
            guard context.mode == .provider else { return .kept(note: nil) }
            switch ProviderStateExpression.evaluate(expression, values: context.providerState) {
            case .failure(let missing):
                let names = missing.names.map { "'\($0)'" }.joined(separator: ", ")
                return .kept(note: "ProviderState generator '\(expression)': no provider state gave a value for \(names); the example is sent")
            case .success(let value):
                return .replaced(Self.convert(value, to: dataType))
            }
        case .mockServerURL(let example, let regex):
            guard context.mode == .consumer, let base = context.mockServerURL else { return .kept(note: nil) }
            guard let suffix = Self.firstGroup(of: regex, in: example) else {
                return .kept(note: "MockServerURL generator: '\(regex)' does not match its example '\(example)'")
            }
            return .replaced(.string(base + suffix))
        }
    }

    private static let hexDigits = Array("0123456789abcdef")
    private static let alphanumerics = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    private static func decimal(digits: Int, using random: inout some RandomNumberGenerator) -> Double {
        guard digits > 1 else { return Double(Int.random(in: 0...9, using: &random)) }
        let first = String(Int.random(in: 1...9, using: &random))
        let rest = (1..<digits).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
        let text = first + rest
        let point = Int.random(in: 1..<digits, using: &random)
        return Double(String(text.prefix(point)) + "." + String(text.dropFirst(point)))!
    }

    private static func uuid(_ format: UUIDFormat, using random: inout some RandomNumberGenerator) -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        let groups = [8, 4, 4, 4, 12].reduce(into: (parts: [String](), offset: 0)) { state, length in
            let start = hex.index(hex.startIndex, offsetBy: state.offset)
            state.parts.append(String(hex[start..<hex.index(start, offsetBy: length)]))
            state.offset += length
        }.parts
        switch format {
        case .simple: return hex
        case .lowerCaseHyphenated: return groups.joined(separator: "-")
        case .upperCaseHyphenated: return groups.joined(separator: "-").uppercased()
        case .urn: return "urn:uuid:" + groups.joined(separator: "-")
        }
    }

    /// Writes `date` in UTC with a Java pattern (ICU patterns share its letters for dates and times).
    private static func format(_ date: Date, javaPattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = javaPattern
        return formatter.string(from: date)
    }

    private static func convert(_ value: JSONValue, to type: DataType?) -> JSONValue {
        switch type {
        case nil, .raw?: return value
        case .string?: return .string(value.plainText)
        case .integer?: return value.intValue.map { .integer(Int64($0)) } ?? Int64(value.plainText).map(JSONValue.integer) ?? value
        case .decimal?, .float?: return value.doubleValue.map(JSONValue.double) ?? Double(value.plainText).map(JSONValue.double) ?? value
        case .boolean?: return value.boolValue.map(JSONValue.bool) ?? Bool(value.plainText.lowercased()).map(JSONValue.bool) ?? value
        }
    }

    private static func firstGroup(of pattern: String, in text: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
            let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
