/// Finds the places in JSON text that redaction must rewrite, without reformatting the text:
/// the values of secret-named members, strings holding JSON, and strings holding URLs.
///
/// Pure: text in, byte ranges out. Returns `nil` when the text is not one JSON document.
struct JSONTextScanner {
    /// A place to rewrite.
    struct Finding: Equatable {
        /// What the place holds.
        enum Kind: Equatable {
            /// The value of a member with a secret name: a string's decoded text, or a number's or
            /// Boolean's literal.
            case secret(key: String, value: String)
            /// A string whose decoded text is a JSON object or array.
            case nestedJSON(String)
            /// A string whose decoded text is an http(s) URL with a query or fragment.
            case url(String)
        }

        /// The bytes of the value token (a string's quotes included).
        var range: Range<Int>
        /// Where the value is, as a JSON path (`$.credentials.password`).
        var path: String
        /// What the place holds.
        var kind: Kind
    }

    private let bytes: [UInt8]
    private let isSecret: (String) -> Bool
    private var position = 0
    private var findings: [Finding] = []

    /// The findings in `text` in document order, or `nil` when it is not JSON.
    static func scan(_ text: String, isSecret: (String) -> Bool) -> [Finding]? {
        withoutActuallyEscaping(isSecret) { isSecret in
            var scanner = JSONTextScanner(bytes: Array(text.utf8), isSecret: isSecret)
            guard scanner.value(path: "$", key: nil) else { return nil }
            scanner.skipWhitespace()
            return scanner.position == scanner.bytes.count ? scanner.findings : nil
        }
    }

    private init(bytes: [UInt8], isSecret: @escaping (String) -> Bool) {
        self.bytes = bytes
        self.isSecret = isSecret
    }

    /// Reads one value at ``position``; false when the text is malformed.
    private mutating func value(path: String, key: String?) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { return false }
        let start = position
        let secretKey = key.flatMap { isSecret($0) ? $0 : nil }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            return object(path: path)
        case UInt8(ascii: "["):
            return array(path: path)
        case UInt8(ascii: "\""):
            guard let text = string() else { return false }
            if let secretKey {
                findings.append(Finding(range: start..<position, path: path, kind: .secret(key: secretKey, value: text)))
            } else if let kind = Self.classify(text) {
                findings.append(Finding(range: start..<position, path: path, kind: kind))
            }
            return true
        default:
            while position < bytes.count, !Self.isDelimiter(bytes[position]) { position += 1 }
            guard position > start else { return false }
            let literal = String(decoding: bytes[start..<position], as: UTF8.self)
            guard literal == "true" || literal == "false" || literal == "null" || Double(literal) != nil else { return false }
            if let secretKey, literal != "null" {
                findings.append(Finding(range: start..<position, path: path, kind: .secret(key: secretKey, value: literal)))
            }
            return true
        }
    }

    private mutating func object(path: String) -> Bool {
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return true
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return false }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
            position += 1
            guard value(path: JSONPathText.member(path, key), key: key) else { return false }
            skipWhitespace()
            guard position < bytes.count else { return false }
            position += 1
            if bytes[position - 1] == UInt8(ascii: "}") { return true }
            guard bytes[position - 1] == UInt8(ascii: ",") else { return false }
        }
    }

    private mutating func array(path: String) -> Bool {
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return true
        }
        var index = 0
        while true {
            guard value(path: "\(path)[\(index)]", key: nil) else { return false }
            index += 1
            skipWhitespace()
            guard position < bytes.count else { return false }
            position += 1
            if bytes[position - 1] == UInt8(ascii: "]") { return true }
            guard bytes[position - 1] == UInt8(ascii: ",") else { return false }
        }
    }

    /// Reads a string token at ``position`` (on its opening quote) and returns its decoded text.
    private mutating func string() -> String? {
        let start = position
        position += 1
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
            position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard position < bytes.count else { return nil }
        position += 1
        return JSONStringLiteral.decode(bytes[start..<position])
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(byte)
    }

    /// Whether a string's text needs a closer look: JSON inside, or a URL with a query.
    private static func classify(_ text: String) -> Finding.Kind? {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        if trimmed.first == "{" || trimmed.first == "[" { return .nestedJSON(text) }
        if (text.hasPrefix("http://") || text.hasPrefix("https://")) && (text.contains("?") || text.contains("#")) {
            return .url(text)
        }
        return nil
    }
}
