/// One token of a SQL statement.
enum Net2SQLToken: Hashable {
    /// A name or keyword (`SELECT`, `sdk.usersex`, `field14_50`).
    case word(String)
    /// Digits, possibly signed.
    case number(String)
    /// A quoted string, `''` unescaped.
    case text(String)
    /// Any other single character (`*`, `=`, `;`).
    case symbol(String)

    /// Whether this is the word `keyword` (given in lower case), in any case.
    func isWord(_ keyword: String) -> Bool {
        if case .word(let word) = self { return word.lowercased() == keyword }
        return false
    }
}

/// Splits SQL into words (with `[brackets]` dropped), numbers, quoted strings and symbols.
enum Net2SQLTokenizer {
    /// The tokens of `sql`; throws for an unclosed quoted string.
    static func tokens(of sql: String) throws(Net2QueryError) -> [Net2SQLToken] {
        var tokens: [Net2SQLToken] = []
        var characters = Array(sql)[...]
        while let character = characters.first {
            if character.isWhitespace {
                characters = characters.dropFirst()
            } else if character == "'" {
                characters = characters.dropFirst()
                var text = ""
                var closed = false
                while let next = characters.popFirst() {
                    if next == "'" {
                        if characters.first == "'" {
                            text.append("'")
                            characters = characters.dropFirst()
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        text.append(next)
                    }
                }
                guard closed else { throw Net2QueryError("Unclosed quotation mark after the character string '\(text)'.") }
                tokens.append(.text(text))
            } else if isNameCharacter(character) || character == "[" {
                var word = ""
                while let next = characters.first, isNameCharacter(next) || next == "[" || next == "]" {
                    if next != "[" && next != "]" { word.append(next) }
                    characters = characters.dropFirst()
                }
                let isNumber = word.allSatisfy { ("0"..."9").contains($0) }
                tokens.append(isNumber ? .number(word) : .word(word))
            } else if character == "-", let digit = characters.dropFirst().first, ("0"..."9").contains(digit) {
                characters = characters.dropFirst()
                let digits = characters.prefix { ("0"..."9").contains($0) }
                characters = characters.dropFirst(digits.count)
                tokens.append(.number("-" + String(digits)))
            } else {
                tokens.append(.symbol(String(character)))
                characters = characters.dropFirst()
            }
        }
        return tokens
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "." || character == "@" || character == "#"
    }
}
