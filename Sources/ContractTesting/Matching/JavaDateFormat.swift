import Foundation

/// Validates text against Java `DateTimeFormatter` patterns (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`), as
/// used by Pact's `date`, `time` and `timestamp` matchers.
///
/// The pattern is translated to a regular expression that checks each field's width and range;
/// `[...]` optional sections and `'...'` literals are supported.
enum JavaDateFormat {
    /// What a matcher without a `format` accepts.
    enum Default {
        case date, time, timestamp

        /// The ISO-8601 form as a regular expression: `yyyy-MM-dd`, `HH:mm[:ss[.fraction]][offset]`,
        /// and the two joined by `T`.
        var regex: String {
            let date = "[+-]?\\d{4,9}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])"
            let time = "(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?"
            switch self {
            case .date: return date
            case .time: return time
            case .timestamp: return date + "T" + time
            }
        }

        /// How the default is named in messages.
        var name: String {
            switch self {
            case .date: return "ISO date (yyyy-MM-dd)"
            case .time: return "ISO time (HH:mm:ss)"
            case .timestamp: return "ISO date-time (yyyy-MM-dd'T'HH:mm:ss)"
            }
        }
    }

    /// Whether `text` is valid for `pattern`, or for the ISO default when there is no pattern;
    /// `nil` when the pattern itself is not valid.
    static func matches(_ text: String, pattern: String?, default fallback: Default) -> Bool? {
        guard let pattern else { return RegexMatch.matches(fallback.regex, text) }
        guard let regex = regex(for: pattern) else { return nil }
        return RegexMatch.matches(regex, text)
    }

    /// The regular expression equivalent to `pattern`, or `nil` when it uses unsupported letters.
    static func regex(for pattern: String) -> String? {
        let characters = Array(pattern)
        var output = ""
        var position = 0
        while position < characters.count {
            let character = characters[position]
            if character == "'" {
                guard let (literal, next) = quoted(characters, from: position) else { return nil }
                output += NSRegularExpression.escapedPattern(for: literal)
                position = next
            } else if character == "[" {
                output += "(?:"
                position += 1
            } else if character == "]" {
                output += ")?"
                position += 1
            } else if character.isASCII, character.isLetter {
                var count = 1
                while position + count < characters.count, characters[position + count] == character { count += 1 }
                guard let field = field(character, count: count) else { return nil }
                output += field
                position += count
            } else if "#{}".contains(character) {
                return nil
            } else {
                output += NSRegularExpression.escapedPattern(for: String(character))
                position += 1
            }
        }
        return output
    }

    /// A quoted literal starting at `start`; `''` is a single quote.
    private static func quoted(_ characters: [Character], from start: Int) -> (String, Int)? {
        if start + 1 < characters.count, characters[start + 1] == "'" { return ("'", start + 2) }
        var literal = ""
        var position = start + 1
        while position < characters.count {
            if characters[position] == "'" {
                if position + 1 < characters.count, characters[position + 1] == "'" {
                    literal.append("'")
                    position += 2
                    continue
                }
                return (literal, position + 1)
            }
            literal.append(characters[position])
            position += 1
        }
        return nil
    }

    private static func field(_ letter: Character, count: Int) -> String? {
        switch letter {
        case "G": return "(?:AD|BC|Anno Domini|Before Christ|A|B)"
        case "y", "u", "Y": return count == 2 ? "\\d{2}" : count >= 4 ? "[+-]?\\d{\(count),9}" : "[+-]?\\d{1,9}"
        case "M", "L": return month(count)
        case "d": return count == 1 ? "(?:3[01]|[12]\\d|0?[1-9])" : "(?:0[1-9]|[12]\\d|3[01])"
        case "D": return count == 1 ? "\\d{1,3}" : "\\d{\(count),3}"
        case "Q", "q": return count <= 2 ? (count == 1 ? "[1-4]" : "0[1-4]") : count == 3 ? "Q[1-4]" : "[1-4](?:st|nd|rd|th) quarter"
        case "w": return count == 1 ? "\\d{1,2}" : "\\d{2}"
        case "W", "F": return "\\d"
        case "E": return count <= 3 ? "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)" : "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        case "e", "c": return count <= 2 ? "[1-7]" : field("E", count: count)
        case "a": return "(?:AM|PM|am|pm)"
        case "h": return count == 1 ? "(?:1[0-2]|0?[1-9])" : "(?:0[1-9]|1[0-2])"
        case "K": return count == 1 ? "(?:1[01]|0?\\d)" : "(?:0\\d|1[01])"
        case "k": return count == 1 ? "(?:2[0-4]|1\\d|0?[1-9])" : "(?:0[1-9]|1\\d|2[0-4])"
        case "H": return count == 1 ? "(?:2[0-3]|[01]?\\d)" : "(?:[01]\\d|2[0-3])"
        case "m", "s": return count == 1 ? "[0-5]?\\d" : "[0-5]\\d"
        case "S": return "\\d{\(count)}"
        case "A", "n", "N": return "\\d+"
        case "V": return "[A-Za-z][A-Za-z0-9~/._+-]+"
        case "v", "z": return "[A-Za-z][A-Za-z0-9/_+:-]*"
        case "O": return "GMT(?:[+-]\\d{1,2}(?::\\d{2})?)?"
        case "X": return "(?:Z|\(offset(count)))"
        case "x": return offset(count)
        case "Z": return count <= 3 ? "[+-]\\d{4}" : count == 4 ? "(?:GMT(?:[+-]\\d{2}:\\d{2})?)" : "(?:Z|[+-]\\d{2}:\\d{2})"
        default: return nil
        }
    }

    private static func month(_ count: Int) -> String {
        switch count {
        case 1: return "(?:1[0-2]|0?[1-9])"
        case 2: return "(?:0[1-9]|1[0-2])"
        case 3: return "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        case 4: return "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
        default: return "[JFMASOND]"
        }
    }

    private static func offset(_ count: Int) -> String {
        switch count {
        case 1: return "[+-]\\d{2}(?:\\d{2})?"
        case 2: return "[+-]\\d{4}"
        case 3: return "[+-]\\d{2}:\\d{2}"
        case 4: return "[+-]\\d{4}(?:\\d{2})?"
        default: return "[+-]\\d{2}:\\d{2}(?::\\d{2})?"
        }
    }
}
