import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import Testing
import UnderstudyCore

@Suite struct LoketEnvelopeTests {
    private let employees = "/v2/providers/employers/\(Seeded.employerID)/employees"

    @Test func envelopeHasEveryLoketField() throws {
        let fixture = try LoketFixture()
        let response = fixture.get("/v2/providers/employers?pageSize=250&pageNumber=1", token: try fixture.token())
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json;version=2018-01-01")
        let body = response.json
        #expect(body.keys == ["_embedded", "currentPage", "pageSize", "totalPages", "totalSize", "version", "messages"])
        #expect(body["currentPage"] == 1)
        #expect(body["pageSize"] == 250)
        #expect(body["totalPages"] == 1)
        #expect(body["totalSize"] == 2)
        #expect(body["version"] == ["obsoleteDate": nil, "resourceVersion": "2018-01-01"])
        #expect(body["messages"] == [])
        #expect(body.embedded.count == 2)
    }

    @Test func pagesEchoTheRequestedNumberUpToTheLastPage() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        var seen: [String] = []
        for number in 1...3 {
            let page = fixture.get("\(employees)?pageSize=5&pageNumber=\(number)", token: token).json
            #expect(page["currentPage"] == .integer(Int64(number)))
            #expect(page["totalPages"] == 3)
            #expect(page["totalSize"] == 14)
            seen += page.embedded.compactMap { $0["id"]?.stringValue }
        }
        #expect(seen.count == 14)
        #expect(Set(seen).count == 14)
        let last = fixture.get("\(employees)?pageSize=5&pageNumber=3", token: token).json
        #expect(last.embedded.count == 4)
        let beyond = fixture.get("\(employees)?pageSize=5&pageNumber=9", token: token).json
        #expect(beyond["currentPage"] == 9)
        #expect(beyond.embedded.isEmpty)
    }

    @Test func emptyListsReportOnePage() throws {
        let fixture = try LoketFixture()
        let path = "/v2/providers/employers/employees/employments/\(Seeded.employmentID(105))/organizationalentities"
        let page = fixture.get("\(path)?pageSize=250&pageNumber=1", token: try fixture.token()).json
        #expect(page["totalPages"] == 1)
        #expect(page["currentPage"] == 1)
        #expect(page["totalSize"] == 0)
        #expect(page["_embedded"] == [])
    }

    @Test func defaultsApplyWithoutPagingParametersAndNamesIgnoreCase() throws {
        let fixture = try LoketFixture()
        let token = try fixture.token()
        let page = fixture.get(employees, token: token).json
        #expect(page["currentPage"] == 1)
        #expect(page["pageSize"] == 100)
        let lower = fixture.get("\(employees)?pagesize=2&pagenumber=2", token: token).json
        #expect(lower["currentPage"] == 2)
        #expect(lower["pageSize"] == 2)
    }

    @Test(arguments: [("pageNumber=0", "pageNumber"), ("pageSize=0", "pageSize"), ("pageSize=1001", "pageSize"), ("pageNumber=abc", "pageNumber")])
    func invalidPagingIsA400Message(query: String, property: String) throws {
        let fixture = try LoketFixture()
        let response = fixture.get("\(employees)?\(query)", token: try fixture.token())
        #expect(response.status == 400)
        let message = try #require(response.json["messages"]?[0])
        #expect(message["properties"] == [.string(property)])
        #expect(message["description"]?.stringValue?.isEmpty == false)
    }
}
