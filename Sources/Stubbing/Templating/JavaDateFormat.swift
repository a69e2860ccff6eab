import Foundation

/// A Java `SimpleDateFormat` pattern (what WireMock's `format='…'` takes), compiled once and
/// applied with integer arithmetic: English names, the Gregorian calendar, a fixed time zone.
///
/// Supported letters: `G y M L d E u a H k K h m s S D z Z X`, with Java's meaning of the
/// letter count (`yy` two-digit year, `MMM` short month name, `MMMM` full name, `SSS`
/// milliseconds, `X`/`XX`/`XXX` ISO offsets with `Z` for UTC). Text in single quotes is literal
/// and `''` is a quote. Other letters (`Y w W F`, …) are rejected when the template is compiled.
struct JavaDateFormat: Sendable {
    private enum Field: Sendable {
        case literal(String)
        case letter(Character, count: Int)
    }

    private let fields: [Field]
    private let timeZone: TimeZone
    private let isUTC: Bool

    private static let supportedLetters: Set<Character> = ["G", "y", "M", "L", "d", "E", "u", "a", "H", "k", "K", "h", "m", "s", "S", "D", "z", "Z", "X"]
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]
    private static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Compiles `pattern` for `timeZone`; `offset` positions errors in the template.
    init(pattern: String, timeZone: TimeZone, offset: Int) throws(TemplateSyntaxError) {
        var fields: [Field] = []
        var literal = ""
        var characters = pattern[...]
        while let character = characters.popFirst() {
            if character == "'" {
                if characters.first == "'" {
                    characters.removeFirst()
                    literal.append("'")
                    continue
                }
                try Self.readQuoted(&characters, into: &literal, pattern: pattern, offset: offset)
            } else if character.isASCII, character.isLetter {
                guard Self.supportedLetters.contains(character) else {
                    throw TemplateSyntaxError(offset: offset, reason: "date format '\(pattern)' uses the unsupported letter '\(character)'")
                }
                var count = 1
                while characters.first == character {
                    characters.removeFirst()
                    count += 1
                }
                if !literal.isEmpty { fields.append(.literal(literal)); literal = "" }
                fields.append(.letter(character, count: count))
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { fields.append(.literal(literal)) }
        self.fields = fields
        self.timeZone = timeZone
        isUTC = timeZone.identifier == "UTC" || timeZone.identifier == "GMT"
    }

    /// Moves quoted text (after its opening `'`) into `literal`; `''` inside is one quote.
    private static func readQuoted(_ characters: inout Substring, into literal: inout String, pattern: String, offset: Int) throws(TemplateSyntaxError) {
        while let character = characters.popFirst() {
            guard character == "'" else {
                literal.append(character)
                continue
            }
            guard characters.first == "'" else { return }
            characters.removeFirst()
            literal.append("'")
        }
        throw TemplateSyntaxError(offset: offset, reason: "date format '\(pattern)' has an unterminated quote")
    }

    /// The instant `epochMilliseconds` (since 1970 UTC) written with this pattern.
    func format(epochMilliseconds: Int64) -> String {
        let date = Date(timeIntervalSince1970: Double(epochMilliseconds) / 1000)
        let offsetSeconds = isUTC ? 0 : timeZone.secondsFromGMT(for: date)
        let time = CivilDateTime(epochMilliseconds: epochMilliseconds, offsetSeconds: offsetSeconds)
        var output = ""
        for field in fields {
            switch field {
            case .literal(let text): output += text
            case .letter(let letter, let count):
                output += text(for: letter, count: count, time: time, offsetSeconds: offsetSeconds, date: date)
            }
        }
        return output
    }

    private func text(for letter: Character, count: Int, time: CivilDateTime, offsetSeconds: Int, date: Date) -> String {
        switch letter {
        case "G": return time.year > 0 ? "AD" : "BC"
        case "y": return count == 2 ? Self.padded(time.year % 100, 2) : Self.padded(time.year, count)
        case "M", "L":
            if count >= 4 { return Self.monthNames[time.month - 1] }
            if count == 3 { return String(Self.monthNames[time.month - 1].prefix(3)) }
            return Self.padded(time.month, count)
        case "d": return Self.padded(time.day, count)
        case "E":
            let name = Self.dayNames[time.weekday - 1]
            return count >= 4 ? name : String(name.prefix(3))
        case "u": return Self.padded(time.weekday, count)
        case "a": return time.hour < 12 ? "AM" : "PM"
        case "H": return Self.padded(time.hour, count)
        case "k": return Self.padded(time.hour == 0 ? 24 : time.hour, count)
        case "K": return Self.padded(time.hour % 12, count)
        case "h": return Self.padded(time.hour % 12 == 0 ? 12 : time.hour % 12, count)
        case "m": return Self.padded(time.minute, count)
        case "s": return Self.padded(time.second, count)
        case "S": return Self.padded(time.millisecond, count)
        case "D": return Self.padded(time.dayOfYear, count)
        case "Z": return Self.offsetText(offsetSeconds, separator: "", minutes: true)
        case "X":
            if offsetSeconds == 0 { return "Z" }
            return Self.offsetText(offsetSeconds, separator: count >= 3 ? ":" : "", minutes: count >= 2)
        default: return zoneName(long: count >= 4, date: date)
        }
    }

    private func zoneName(long: Bool, date: Date) -> String {
        if isUTC {
            return long ? "Coordinated Universal Time" : "UTC"
        }
        if long {
            let style: NSTimeZone.NameStyle = timeZone.isDaylightSavingTime(for: date) ? .daylightSaving : .standard
            return timeZone.localizedName(for: style, locale: Locale(identifier: "en_US")) ?? timeZone.identifier
        }
        return timeZone.abbreviation(for: date) ?? timeZone.identifier
    }

    private static func offsetText(_ seconds: Int, separator: String, minutes: Bool) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let total = abs(seconds) / 60
        let hours = padded(total / 60, 2)
        return minutes ? sign + hours + separator + padded(total % 60, 2) : sign + hours
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
