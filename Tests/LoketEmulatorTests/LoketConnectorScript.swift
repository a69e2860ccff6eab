import Foundation
import MicroHTTP
import Testing
import UnderstudyCore

/// The HelloID Loket source connector (`persons.ps1`, `departments.ps1`, v1.0.0) replayed in
/// Swift against an emulator: the same requests in the same order with the same headers, reading
/// the answers as the PowerShell does, and building the same output objects.
///
/// One deliberate difference: the manager list keeps every distinct (department, manager) pair.
/// The original de-duplicates hashtables with `Select-Object -Unique`, which compares them by
/// `ToString()` ("System.Collections.Hashtable"), so it keeps only the first pair.
final class LoketConnectorScript {
    /// A request the script sent and the status it got.
    struct Exchange: Equatable {
        var method: String
        var target: String
        var status: Int
    }

    /// What ended a run: an HTTP error with the answer's status and body, or the employer lookup.
    enum Failure: Error, Equatable {
        case http(status: Int, body: String)
        case employerNotFound(String)
    }

    private let send: (HTTPRequest) -> HTTPResponse
    private let clientID: String
    private let clientSecret: String
    private let refreshToken: String
    private let employerName: String
    /// Whether a 401 mid-run gets one new token and a retry (the original scripts never renew).
    private let renewsExpiredToken: Bool
    private var accessToken: String?
    private(set) var exchanges: [Exchange] = []

    init(
        clientID: String = Seeded.clientID, clientSecret: String = "", refreshToken: String = Seeded.refreshToken,
        employer: String = Seeded.employerName, renewsExpiredToken: Bool = false, send: @escaping (HTTPRequest) -> HTTPResponse
    ) {
        self.send = send
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.refreshToken = refreshToken
        employerName = employer
        self.renewsExpiredToken = renewsExpiredToken
    }

    /// `persons.ps1`: one object per employee with `ExternalId`, `DisplayName` and `Contracts`.
    func persons() throws -> [JSONValue] {
        let employer = try start()
        let employerID = try #require(employer["id"]?.stringValue)
        let persons = try list("/v2/providers/employers/\(employerID)/employees")
        var contracts: [String: [JSONValue]] = [:]
        for employment in try list("/v2/providers/employers/\(employerID)/employees/employments") {
            let id = try #require(employment["id"]?.stringValue)
            var members = try #require(employment.objectValue)
            members["Function"] = Self.pipelineOutput(try list("/v2/providers/employers/employees/employments/\(id)/organizationalentities"))
            members["Workinghours"] = Self.pipelineOutput(try list("/v2/providers/employers/employees/employments/\(id)/workinghours"))
            members["ExternalId"] = .string(id)
            members["DisplayName"] = employment["employee"]?["employeeNumber"] ?? .null
            members["Employer"] = ["Name": employer["companyName"] ?? .null, "Code": employer["employerNumber"] ?? .null, "Id": employer["id"] ?? .null]
            contracts[members["DisplayName"]!.plainText, default: []].append(.object(members))
        }
        return try persons.map { person in
            var members = try #require(person.objectValue)
            members["ExternalId"] = person["id"]
            members["DisplayName"] = person["personalDetails"]?["formattedName"] ?? .null
            members["Contracts"] = .array(contracts[person["employeeNumber"]?.plainText ?? ""] ?? [])
            return .object(members)
        }
    }

    /// `departments.ps1`: one object per department with `ExternalId`, `DisplayName` and
    /// `ManagerExternalId` (the employee correlated by e-mail to a managing portal user).
    func departments() throws -> [JSONValue] {
        let employer = try start()
        let employerID = try #require(employer["id"]?.stringValue)
        let departments = try list("/v2/providers/employers/\(employerID)/departments")
        var userDepartments: [String: [JSONValue]] = [:]
        for link in try list("/v2/providers/employers/\(employerID)/users/departments") {
            userDepartments[link["userId"]?.plainText ?? "", default: []].append(link)
        }
        let managers = try list("/v2/providers/employers/\(employerID)/users").filter { $0["isDepartmentManager"] == true }
        var employeesByEmail: [String: [JSONValue]] = [:]
        for person in try list("/v2/providers/employers/\(employerID)/employees") {
            employeesByEmail[(person["contactInformation"]?["emailAddress"]?.stringValue ?? "").lowercased(), default: []].append(person)
        }
        var managerOf: [(department: String, manager: JSONValue)] = []
        for manager in managers {
            let email = (manager["contactInformation"]?["emailAddress"]?.stringValue ?? "").lowercased()
            let employee = employeesByEmail[email].map { Self.pipelineOutput($0) } ?? .null
            let linked = (userDepartments[manager["id"]?.plainText ?? ""] ?? []).flatMap { $0["departments"]?.arrayValue ?? [] }
            for department in linked {
                let entry = (department: department["id"]?.plainText ?? "", manager: employee["id"] ?? .null)
                if !managerOf.contains(where: { $0.department == entry.department && $0.manager == entry.manager }) { managerOf.append(entry) }
            }
        }
        return try departments.map { department in
            var members = try #require(department.objectValue)
            let id = department["id"]?.plainText ?? ""
            members["ExternalId"] = department["id"]
            members["DisplayName"] = department["description"]
            members["ManagerExternalId"] = Self.pipelineOutput(managerOf.filter { $0.department == id }.map(\.manager))
            return .object(members)
        }
    }

    /// The token request and the employer lookup both scripts start with.
    private func start() throws -> JSONValue {
        try fetchToken()
        let employers = try list("/v2/providers/employers")
        guard let employer = employers.first(where: { $0["companyName"]?.stringValue?.lowercased() == employerName.lowercased() }) else {
            throw Failure.employerNotFound("Employer [\(employerName)] not Found!")
        }
        return employer
    }

    private func fetchToken() throws {
        let body = "grant_type=refresh_token&client_id=\(clientID)&client_secret=\(clientSecret)&refresh_token=\(refreshToken)"
        let response = exchange(HTTPRequest(method: "POST", target: "/token", headers: ["Content-Type": "text/plain"], body: Data(body.utf8)))
        guard response.status == 200 else { throw Failure.http(status: response.status, body: response.bodyText) }
        accessToken = response.json["access_token"]?.stringValue
    }

    /// `Invoke-LoketRestMethod`: pages of 250 from 1 until `totalPages == currentPage`.
    private func list(_ path: String) throws -> [JSONValue] {
        var items: [JSONValue] = []
        var pageNumber = 0
        var renewed = false
        while true {
            pageNumber += 1
            var response = get("\(path)?pageSize=250&pageNumber=\(pageNumber)")
            if response.status == 401, renewsExpiredToken, !renewed {
                renewed = true
                try fetchToken()
                response = get("\(path)?pageSize=250&pageNumber=\(pageNumber)")
            }
            guard response.status == 200 else { throw Failure.http(status: response.status, body: response.bodyText) }
            let page = response.json
            items += page.embedded
            if page["totalPages"] == page["currentPage"] { return items }
        }
    }

    private func get(_ target: String) -> HTTPResponse {
        exchange(HTTPRequest(method: "GET", target: target, headers: [
            "Content-Type": "application/json", "Accept": "application/json", "Authorization": "Bearer \(accessToken ?? "")",
        ]))
    }

    private func exchange(_ request: HTTPRequest) -> HTTPResponse {
        let response = send(request)
        exchanges.append(Exchange(method: request.method, target: request.target, status: response.status))
        return response
    }

    /// What a PowerShell function's list output becomes when assigned: `$null` for none, the
    /// item itself for one, an array for more.
    static func pipelineOutput(_ items: [JSONValue]) -> JSONValue {
        switch items.count {
        case 0: return .null
        case 1: return items[0]
        default: return .array(items)
        }
    }
}
