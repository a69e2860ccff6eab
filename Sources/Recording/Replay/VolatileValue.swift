import Foundation

/// A recorded value that differs from run to run, told by a simple rule: a redaction
/// placeholder, a UUID, a date (`2026-03-01`) or a timestamp (`2026-03-01T10:15:30.120Z`).
enum VolatileValue: Equatable {
    /// `<redacted:NAME:N>`: stands for any value.
    case placeholder
    /// A UUID.
    case uuid
    /// A calendar date, `yyyy-MM-dd`.
    case date
    /// An ISO 8601 date and time of this shape.
    case timestamp(TimestampShape)

    /// The kind of volatile value `text` is as a whole, or `nil`.
    static func classify(_ text: String) -> VolatileValue? {
        if Placeholder.isPlaceholder(text) { return .placeholder }
        if text.count == 36, text.wholeMatch(of: uuidPattern) != nil { return .uuid }
        if text.count == 10, text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil { return .date }
        return TimestampShape(text).map(VolatileValue.timestamp)
    }

    /// A regular expression every value of this kind matches.
    var regex: String {
        switch self {
        case .placeholder: return ".+"
        case .uuid: return "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
        case .date: return "[0-9]{4}-[0-9]{2}-[0-9]{2}"
        case .timestamp(let shape): return shape.regex
        }
    }

    private nonisolated(unsafe) static let uuidPattern = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/
}

/// The written form of an ISO 8601 timestamp: how many fraction digits and which zone.
struct TimestampShape: Equatable {
    /// How the zone is written.
    enum Zone: Equatable {
        /// No zone.
        case none
        /// `Z`.
        case utc
        /// `+01:00` (or `+0100` without the colon).
        case offset(colon: Bool)
    }

    /// Digits after the seconds (0 for none).
    var fractionDigits: Int
    var zone: Zone

    /// The shape of `text`, or `nil` when it is not a `yyyy-MM-ddTHH:mm:ss` timestamp.
    init?(_ text: String) {
        guard let match = text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:?[0-9]{2})?/)
        else { return nil }
        fractionDigits = match.output.1.map { $0.count - 1 } ?? 0
        switch match.output.2 {
        case nil: zone = .none
        case "Z"?: zone = .utc
        case let offset?: zone = .offset(colon: offset.contains(":"))
        }
    }

    /// A regular expression for timestamps of this shape.
    var regex: String {
        var pattern = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
        if fractionDigits > 0 { pattern += "\\.[0-9]{\(fractionDigits)}" }
        switch zone {
        case .none: break
        case .utc: pattern += "Z"
        case .offset(let colon): pattern += colon ? "[+-][0-9]{2}:[0-9]{2}" : "[+-][0-9]{4}"
        }
        return pattern
    }

    /// The Java `DateTimeFormatter` pattern that reads timestamps of this shape (for Pact).
    var javaPattern: String {
        var pattern = "yyyy-MM-dd'T'HH:mm:ss"
        if fractionDigits > 0 { pattern += "." + String(repeating: "S", count: fractionDigits) }
        switch zone {
        case .none: break
        case .utc: pattern += "XXX"
        case .offset(let colon): pattern += colon ? "XXX" : "XX"
        }
        return pattern
    }

    /// The `now` format writing timestamps of this shape in UTC, or `nil` when the fraction has
    /// one or two digits (milliseconds are the finest unit a template writes).
    var templateFormat: String? {
        var pattern = "yyyy-MM-dd'T'HH:mm:ss"
        var literal = ""
        switch fractionDigits {
        case 0: break
        case 1, 2: return nil
        default:
            pattern += ".SSS"
            literal += String(repeating: "0", count: fractionDigits - 3)
        }
        switch zone {
        case .none: break
        case .utc: literal += "Z"
        case .offset(let colon): literal += colon ? "+00:00" : "+0000"
        }
        return literal.isEmpty ? pattern : pattern + "'" + literal + "'"
    }

    /// The instant `text` names (no zone counts as UTC).
    static func date(_ text: String) -> Date? {
        guard let match = text.wholeMatch(of: /([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?(Z|([+-])([0-9]{2}):?([0-9]{2}))?/)
        else { return nil }
        let output = match.output
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(
            year: Int(output.1), month: Int(output.2), day: Int(output.3), hour: Int(output.4), minute: Int(output.5),
            second: Int(output.6))
        guard let whole = calendar.date(from: components) else { return nil }
        let fraction = output.7.flatMap { Double("0" + $0) } ?? 0
        var offset = 0
        if let sign = output.9, let hours = output.10.flatMap({ Int($0) }), let minutes = output.11.flatMap({ Int($0) }) {
            offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        return whole.addingTimeInterval(fraction - Double(offset))
    }
}
