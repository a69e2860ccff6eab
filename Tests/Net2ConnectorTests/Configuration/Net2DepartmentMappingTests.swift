import Foundation
import Testing

@testable import Net2Connector

@Suite struct Net2DepartmentMappingTests {
    @Test func readsTheFixtureFile() throws {
        let mapping = try Net2DepartmentMapping(contentsOfFile: Net2Paths.departmentMapping)
        #expect(mapping.rows.count == 8)
        #expect(try mapping.net2Department(for: "SALES") == "Sales")
        #expect(try mapping.net2Department(for: "sales") == "Sales")
        #expect(try mapping.accessLevel(for: "IT") == "Server room")
    }

    @Test func guessesTheDelimiterAndMatchesHeadersWithoutCase() throws {
        let mapping = try Net2DepartmentMapping(
            text: "department;departmentnet2;tpcode\nSALES;Sales;\"All hours, all doors\"\n", file: "semicolons.csv")
        #expect(mapping.rows == [.init(department: "SALES", net2Department: "Sales", accessLevel: "All hours, all doors")])
    }

    @Test func namesTheValueWithNoOrSeveralRows() throws {
        let mapping = try Net2DepartmentMapping(text: "Department,DepartmentNet2\nA,One\nA,Two\n", file: "dup.csv")
        #expect(throws: Net2Failure("No Net2 Department found in mapping with HelloId values: [Department : [B]]")) {
            try mapping.net2Department(for: "B")
        }
        #expect(throws: Net2Failure("Multiple Net2 Departments found in mapping with HelloId values: [Department :[A]]")) {
            try mapping.net2Department(for: "A")
        }
    }

    @Test func refusesAFileWithoutTheDepartmentColumnOrThatCannotBeRead() {
        #expect(throws: Net2Failure("No valid Mapping File found: [x.csv]: it has no 'Department' column")) {
            try Net2DepartmentMapping(text: "Name,DepartmentNet2\nA,B\n", file: "x.csv")
        }
        #expect(throws: Net2Failure("No valid Mapping File found: [/nonexistent/map.csv]: the file cannot be read")) {
            try Net2DepartmentMapping(contentsOfFile: "/nonexistent/map.csv")
        }
    }

    @Test func refusesARowWithoutANet2Department() throws {
        let mapping = try Net2DepartmentMapping(text: "Department,TPCode\nIT,Server room\n", file: "levels.csv")
        #expect(throws: Net2Failure("No valid Mapping File found: [levels.csv]: no DepartmentNet2 value for [IT]")) {
            try mapping.net2Department(for: "IT")
        }
        #expect(try mapping.accessLevel(for: "IT") == "Server room")
    }
}
