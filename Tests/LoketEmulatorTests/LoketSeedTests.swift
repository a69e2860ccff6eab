import EmulatorCore
import Foundation
import LoketEmulator
import Testing

@Suite struct LoketSeedTests {
    @Test func repositorySeedLoads() throws {
        let seed = try LoketSeed.load(stubsDirectory: stubsDirectory)
        #expect(seed.employers.map(\.companyName) == ["Understudy Demo B.V.", "Understudy Zorg B.V."])
        let demo = try #require(seed.clients.first)
        #expect(demo.clientId == "understudy-demo")
        #expect(demo.clientSecret == "")
        #expect(demo.refreshTokens == ["loket-demo-refresh-token"])
        let demoEmployer = try #require(seed.employers.first).id
        let employees = seed.employees.filter { $0.employerId == demoEmployer }
        #expect(employees.count == 14)
        let employmentCounts = Dictionary(grouping: seed.employments, by: \.employeeId).mapValues(\.count)
        #expect(Set(employees.map { employmentCounts[$0.id] ?? 0 }) == [0, 1, 2])
        let periodCounts = Dictionary(grouping: seed.organizationalEntities, by: \.employmentId).mapValues(\.count)
        #expect(Set(seed.employments.map { periodCounts[$0.id] ?? 0 }) == [0, 1, 2, 3])
        let hourCounts = Dictionary(grouping: seed.workingHours, by: \.employmentId).mapValues(\.count)
        #expect(Set(seed.employments.map { hourCounts[$0.id] ?? 0 }) == [0, 1, 2, 3])
        #expect(seed.departments.contains { $0.parentDepartmentId != nil })
        let employeeEmails = Set(seed.employees.compactMap { $0.contactInformation.emailAddress?.lowercased() })
        let managers = seed.users.filter(\.isDepartmentManager)
        #expect(managers.contains { employeeEmails.contains($0.contactInformation.emailAddress?.lowercased() ?? "") })
        #expect(managers.contains { !employeeEmails.contains($0.contactInformation.emailAddress?.lowercased() ?? "") })
        #expect(seed.employees.contains { $0.contactInformation.emailAddress == nil })
    }

    @Test(arguments: [
        ("employers.json", #"[{"id": "not-a-guid", "companyName": "X", "employerNumber": 1}]"#, "$[0].id",
         "Attempted to decode UUID from invalid UUID string."),
        ("employees.json", #"[{"employerId": "c1a00000-0000-4000-8000-000000000009", "id": "a1a00000-0000-4000-8000-000000000001", "employeeNumber": 1, "personalDetails": {"lastName": "X", "formattedName": "X"}, "contactInformation": {}}]"#,
         "$[0].employerId", "no employer has id c1a00000-0000-4000-8000-000000000009"),
        ("employees.json", #"[{"employerId": "c1a00000-0000-4000-8000-000000000001", "id": "a1a00000-0000-4000-8000-000000000001", "employeeNumber": 1, "personalDetails": {"lastName": "X", "formattedName": "X", "dateOfBirth": "1990-02-30"}, "contactInformation": {}}]"#,
         "$[0].personalDetails.dateOfBirth", "'1990-02-30' is not a date (yyyy-MM-dd)"),
        ("employees.json", #"[{"employerId": "c1a00000-0000-4000-8000-000000000001", "id": "a1a00000-0000-4000-8000-000000000001", "employeeNumber": "7", "personalDetails": {"lastName": "X", "formattedName": "X"}, "contactInformation": {}}]"#,
         "$[0].employeeNumber", "expected an integer, found string \"7\""),
        ("departments.json", #"[{"employerId": "c1a00000-0000-4000-8000-000000000001", "id": "d1a00000-0000-4000-8000-000000000001", "code": 1, "description": "A", "parentDepartmentId": "d2a00000-0000-4000-8000-000000000001"}, {"employerId": "c1a00000-0000-4000-8000-000000000002", "id": "d2a00000-0000-4000-8000-000000000001", "code": 1, "description": "B"}]"#,
         "$[0].parentDepartmentId", "no other department of the same employer has id d2a00000-0000-4000-8000-000000000001"),
        ("workinghours.json", #"[{"employmentId": "e1a00000-0000-4000-8000-000000009999", "id": "9b0a0000-0000-4000-8000-000000000001", "startDate": "2020-01-01"}]"#,
         "$[0].employmentId", "no employment has id e1a00000-0000-4000-8000-000000009999"),
        ("users.json", #"[{"employerId": "c1a00000-0000-4000-8000-000000000002", "departmentIds": ["d1a00000-0000-4000-8000-000000000010"], "id": "5e0a0000-0000-4000-8000-000000000001", "userName": "x", "personalDetails": {"lastName": "X"}, "contactInformation": {}, "isDepartmentManager": true}]"#,
         "$[0].departmentIds[0]", "no department of the user's employer has id d1a00000-0000-4000-8000-000000000010"),
        ("customfields.json", #"[{"id": "cf0a0000-0000-4000-8000-000000000001", "customField": {"id": "cfd00000-0000-4000-8000-000000000001", "description": "X"}, "value": "1"}]"#,
         "$[0]", "give exactly one of 'employeeId' and 'employmentId'"),
        ("clients.json", #"[{"clientId": "a", "refreshTokens": ["t"]}, {"clientId": "b", "refreshTokens": ["t"]}]"#,
         "$[1].refreshTokens[0]", "the refresh token is also held by another client"),
        ("clients.json", #"[{"clientId": "a"}, {"clientId": "a"}]"#, "$[1].clientId", "the clientId a is used twice"),
        ("organizationalentities.json", #"[{"employmentId": "e1a00000-0000-4000-8000-000000001011", "id": "0e0a0000-0000-4000-8000-000000000001", "startDate": "2019-03-01", "departmentId": "d2a00000-0000-4000-8000-000000000010"}]"#,
         "$[0].departmentId", "no department of the employment's employer has id d2a00000-0000-4000-8000-000000000010"),
        ("employments.json", #"[{"employeeId": "a1a00000-0000-4000-8000-000000000101"}]"#, "$[0]", "missing required member 'id'"),
    ])
    func seedErrorsNameFilePathAndReason(file: String, text: String, path: String, reason: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loket-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = stubsDirectory.appendingPathComponent("loket/data")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent(file))
        let error = #expect(throws: SeedError.self) { try LoketSeed.load(from: folder) }
        #expect(error?.file == folder.appendingPathComponent(file).path)
        #expect(error?.jsonPath == path)
        #expect(error?.reason == reason)
    }

    @Test func missingFileIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loket-empty-\(UUID().uuidString)")
        let error = #expect(throws: SeedError.self) { try LoketSeed.load(from: folder) }
        #expect(error?.file == folder.appendingPathComponent("clients.json").path)
        #expect(error?.reason == "the seed file does not exist")
    }

    @Test func addingMergesClientsAndAppendsRecords() throws {
        let files = try LoketSeed.load(stubsDirectory: stubsDirectory)
        let generated = LoketSeed.generated(employees: 20, seed: 3)
        let combined = files.adding(generated)
        #expect(combined.employers.count == 3)
        #expect(combined.employees.count == files.employees.count + 20)
        #expect(combined.clients.map(\.clientId) == files.clients.map(\.clientId))
        #expect(combined.clients[0].refreshTokens == ["loket-demo-refresh-token"])
    }
}
