/// A statement sent to `GET /api/v1/customquery/querydb`, for the two shapes the connector
/// sends; anything else is refused with a ``Net2QueryError``. SQL keywords, table and column
/// names compare without regard to case; `[brackets]` around names and a final `;` are allowed.
enum Net2CustomQuery: Hashable {
    /// `SELECT * FROM sdk.usersex WHERE Field{id}_{size}=<value>` (correlation).
    case usersByCustomField(column: String, fieldID: Int, value: Net2SQLValue)
    /// `SELECT * FROM sdk.departments WHERE departmentName='<name>'` (department lookup).
    case departmentsByName(String)

    /// The statements the emulator answers, for error messages.
    static let supportedShapes =
        "SELECT * FROM sdk.usersex WHERE Field{id}_{size}=<value> and SELECT * FROM sdk.departments WHERE departmentName='<name>'"

    /// Parses a statement.
    init(parsing sql: String) throws(Net2QueryError) {
        var tokens = try Net2SQLTokenizer.tokens(of: sql)
        if tokens.last == .symbol(";") { tokens.removeLast() }
        guard tokens.count == 8, tokens[0].isWord("select"), tokens[1] == .symbol("*"), tokens[2].isWord("from"),
            case .word(let table) = tokens[3], tokens[4].isWord("where"), case .word(let column) = tokens[5],
            tokens[6] == .symbol("=")
        else {
            throw Net2QueryError("Only these statements are emulated: \(Self.supportedShapes).")
        }
        let value: Net2SQLValue
        switch tokens[7] {
        case .text(let text): value = .text(text)
        case .number(let digits): value = .number(digits)
        case .word(let word): throw Net2QueryError("Invalid column name '\(word)'.")
        case .symbol(let symbol): throw Net2QueryError("Incorrect syntax near '\(symbol)'.")
        }
        switch table.lowercased() {
        case "sdk.usersex", "usersex":
            guard let fieldID = Self.customFieldID(column) else {
                throw Net2QueryError("Only Field{id}_{size} columns can be queried in sdk.usersex; got '\(column)'.")
            }
            guard column.lowercased() == Net2CustomFieldName.columnName(forFieldID: fieldID).lowercased() else {
                throw Net2QueryError("Invalid column name '\(column)'.")
            }
            self = .usersByCustomField(column: column, fieldID: fieldID, value: value)
        case "sdk.departments", "departments":
            guard column.lowercased() == "departmentname" else {
                throw Net2QueryError("Only departmentName can be queried in sdk.departments; got '\(column)'.")
            }
            guard case .text(let name) = value else {
                throw Net2QueryError("departmentName must be compared with a quoted string.")
            }
            self = .departmentsByName(name)
        default:
            throw Net2QueryError("Invalid object name '\(table)'. Only sdk.usersex and sdk.departments are emulated.")
        }
    }

    private static func customFieldID(_ column: String) -> Int? {
        let lower = column.lowercased()
        guard lower.hasPrefix("field"), let underscore = lower.firstIndex(of: "_") else { return nil }
        return Int(lower[lower.index(lower.startIndex, offsetBy: 5)..<underscore])
    }
}

/// A literal on the right of `=`.
enum Net2SQLValue: Hashable {
    /// An unquoted number (digits, possibly signed).
    case number(String)
    /// A quoted string, `''` unescaped.
    case text(String)
}

/// Why a custom query is refused (answered as 400 with the message).
struct Net2QueryError: Error, Hashable {
    var message: String

    init(_ message: String) { self.message = message }
}
