/// The SQL the connector sends to Net2's custom query route (`/api/v1/customquery/querydb`).
enum Net2Query {
    /// The `sdk.usersex` rows whose custom field `fieldID` holds `value` (correlation).
    ///
    /// A value of digits is sent unquoted, as the original connector does; any other value is
    /// quoted (the original sent it unquoted, which Net2 refuses as bad SQL).
    static func usersByCustomField(id fieldID: String, value: String) -> String {
        "SELECT * From sdk.usersex WHERE \(customFieldColumn(fieldID))=\(literal(value, quotingUnlessNumeric: true))"
    }

    /// The `sdk.departments` rows named `name`.
    static func departments(named name: String) -> String {
        "SELECT * From sdk.departments WHERE departmentName=\(literal(name, quotingUnlessNumeric: false))"
    }

    /// The `UsersEx` column of a custom field: `Field{id}_{size}`, the size being 100 for fields 1
    /// and 2, 60 for 6 and 7, `Memo` for 13 and 50 for the others.
    static func customFieldColumn(_ fieldID: String) -> String {
        let size: String
        switch Int(fieldID) {
        case 1?, 2?: size = "100"
        case 6?, 7?: size = "60"
        case 13?: size = "Memo"
        default: size = "50"
        }
        return "Field\(fieldID)_\(size)"
    }

    /// `value` as an SQL literal: digits as they are (when allowed), else quoted with `'` doubled.
    private static func literal(_ value: String, quotingUnlessNumeric: Bool) -> String {
        if quotingUnlessNumeric, !value.isEmpty, value.allSatisfy({ ("0"..."9").contains($0) }) { return value }
        return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
