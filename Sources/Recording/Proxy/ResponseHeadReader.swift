import Foundation
import UnderstudyCore

/// The header block of an upstream answer, read one line at a time as libcurl hands the lines
/// over: order and duplicates kept, interim (`1xx`) blocks and trailers left out.
struct ResponseHeadReader: Sendable {
    /// The status of the latest status line read, `nil` before one.
    private(set) var status: Int?
    /// The reason phrase of the latest status line (empty when it has none, as in HTTP/2).
    private(set) var reason = ""
    /// The headers of the latest block.
    private(set) var headers = HTTPHeaders()
    /// Whether the final block ended; lines after it are trailers.
    private var isComplete = false

    /// Reads one line (its line break included or not).
    mutating func read(_ line: String) {
        guard !isComplete else { return }
        var text = Substring(line)
        while text.last?.isNewline == true { text.removeLast() }
        if text.hasPrefix("HTTP/") {
            let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            status = parts.count > 1 ? Int(parts[1]) : nil
            reason = parts.count > 2 ? Self.trimmed(parts[2]) : ""
            headers = HTTPHeaders()
        } else if text.isEmpty {
            isComplete = (status ?? 0) >= 200
        } else if text.first == " " || text.first == "\t", let last = headers.fields.last {
            var fields = headers.fields
            fields[fields.count - 1].value = last.value + " " + Self.trimmed(text)
            headers = HTTPHeaders(fields)
        } else if let colon = text.firstIndex(of: ":") {
            headers.add(name: String(text[..<colon]), value: Self.trimmed(text[text.index(after: colon)...]))
        }
    }

    /// Reads one line given as bytes (UTF-8, else Latin-1).
    mutating func read(_ bytes: UnsafeRawBufferPointer) {
        let data = Data(bytes)
        read(String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? "")
    }

    private static func trimmed(_ text: Substring) -> String {
        var value = text.drop { $0 == " " || $0 == "\t" }
        while value.last == " " || value.last == "\t" { value.removeLast() }
        return String(value)
    }
}
