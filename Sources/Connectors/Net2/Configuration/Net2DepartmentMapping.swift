import Foundation
import SwiftCSV

/// The department mapping CSV (configuration `departmentMapping`): which Net2 department and
/// which access level a HelloID department gets.
///
/// Columns, matched without regard to case: `Department` (the HelloID value: the contract's
/// department external id for accounts, its location name for sub-permissions), `DepartmentNet2`
/// (a Net2 department name) and `TPCode` (an access level name, for sub-permissions). The
/// delimiter is guessed (`,` or `;` as Excel writes it).
struct Net2DepartmentMapping: Sendable, Hashable {
    /// One row of the file.
    struct Row: Sendable, Hashable {
        /// The HelloID department value (`Department`).
        var department: String
        /// The Net2 department name (`DepartmentNet2`), empty when the column is absent.
        var net2Department: String
        /// The access level name (`TPCode`), empty when the column is absent.
        var accessLevel: String

        /// Creates a row.
        init(department: String, net2Department: String = "", accessLevel: String = "") {
            self.department = department
            self.net2Department = net2Department
            self.accessLevel = accessLevel
        }
    }

    /// The rows in file order.
    var rows: [Row]
    /// The file the rows came from, for messages.
    var file: String

    /// Creates a mapping from rows.
    init(rows: [Row], file: String = "department mapping") {
        self.rows = rows
        self.file = file
    }

    /// Parses CSV text; `file` names it in errors.
    init(text: String, file: String) throws(Net2Failure) {
        let csv: NamedCSV
        do {
            csv = try NamedCSV(string: text)
        } catch {
            throw Net2Failure("No valid Mapping File found: [\(file)]: \(error)")
        }
        func column(_ name: String) -> String? { csv.header.first { $0.trimmed.lowercased() == name.lowercased() } }
        guard let departmentColumn = column("Department") else {
            throw Net2Failure("No valid Mapping File found: [\(file)]: it has no 'Department' column")
        }
        let net2Column = column("DepartmentNet2")
        let accessColumn = column("TPCode")
        self.file = file
        rows = csv.rows.map { row in
            Row(
                department: row[departmentColumn]?.trimmed ?? "",
                net2Department: net2Column.flatMap { row[$0] }?.trimmed ?? "",
                accessLevel: accessColumn.flatMap { row[$0] }?.trimmed ?? "")
        }
    }

    /// Reads the CSV file at `path` (relative paths are relative to the current directory).
    init(contentsOfFile path: String) throws(Net2Failure) {
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw Net2Failure("No valid Mapping File found: [\(path)]: the file cannot be read")
        }
        try self.init(text: text, file: path)
    }

    /// The rows whose `Department` is `value`, compared without regard to case as PowerShell's `-eq` does.
    private func rows(matching value: String) -> [Row] {
        let wanted = value.trimmed.lowercased()
        return rows.filter { $0.department.lowercased() == wanted }
    }

    /// The Net2 department name mapped to `department`; exactly one row must match.
    func net2Department(for department: String) throws(Net2Failure) -> String {
        let matches = rows(matching: department)
        guard !matches.isEmpty else {
            throw Net2Failure("No Net2 Department found in mapping with HelloId values: [Department : [\(department)]]")
        }
        guard matches.count == 1 else {
            throw Net2Failure("Multiple Net2 Departments found in mapping with HelloId values: [Department :[\(department)]]")
        }
        guard !matches[0].net2Department.isEmpty else {
            throw Net2Failure("No valid Mapping File found: [\(file)]: no DepartmentNet2 value for [\(department)]")
        }
        return matches[0].net2Department
    }

    /// The access level name mapped to `location` (a contract's location name); exactly one row must match.
    func accessLevel(for location: String) throws(Net2Failure) -> String {
        let matches = rows(matching: location)
        guard !matches.isEmpty else {
            throw Net2Failure("No Net2 Department found in mapping with HelloId values: [Department : [\(location)]]")
        }
        guard matches.count == 1 else {
            throw Net2Failure("Multiple Net2 Departments found in mapping with HelloId values: [Department :[\(location)]]")
        }
        return matches[0].accessLevel
    }
}

extension String {
    /// The text without surrounding spaces, tabs and line breaks.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
