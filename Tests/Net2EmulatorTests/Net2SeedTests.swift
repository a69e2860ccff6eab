import EmulatorCore
import Foundation
import Net2Emulator
import Testing

@Suite struct Net2SeedTests {
    @Test func repositorySeedLoads() throws {
        let seed = try Net2Seed.load(stubsDirectory: stubsDirectory)
        #expect(seed.operators.contains(Net2Operator(name: "System engineer", password: "Net2Demo!")))
        #expect(seed.clients.map(\.clientId) == [Seeded.clientID])
        #expect(seed.departments.map(\.name) == ["None", "Administration", "Sales", "Support", "Uitdienst"])
        #expect(seed.departments.first?.id == 0)
        #expect(seed.accessLevels.count == 5)
        #expect(seed.customFieldNames.first { $0.id == 9 }?.name == "Email")
        #expect(seed.customFieldNames.first { $0.id == 14 }?.name == "Personnel number")
        let jan = try #require(seed.users.first { $0.id == 1012 })
        #expect(jan.customFields == [9: "jan.vandijk@example.com", 14: "100234"])
        #expect(jan.accessLevels == [3, 5])
        #expect(jan.activateDate?.description == "2026-03-01T00:00:00")
        #expect(seed.users.contains { $0.customFields[14] == nil })
    }

    @Test(arguments: [
        ("users.json", #"[{"id": 1, "departmentId": 99}]"#, "$[0].departmentId", "no department has id 99"),
        ("users.json", #"[{"id": 1, "accessLevels": [1, 42]}]"#, "$[0].accessLevels[1]", "no access level has id 42"),
        ("users.json", #"[{"id": 1, "customFields": [{"id": 77, "value": "x"}]}]"#, "$[0].customFields", "no custom field has id 77"),
        ("users.json", #"[{"id": 1}, {"id": 1}]"#, "$[1].id", "the id 1 is used twice"),
        ("users.json", #"[{"id": 1, "expiryDate": "31-31-2026"}]"#, "$[0].expiryDate", "'31-31-2026' is not a date"),
        ("users.json", #"[{"id": 1, "customFields": [{"id": "9", "value": "x"}]}]"#, "$[0].customFields[0].id", "expected an integer, found string \"9\""),
        ("departments.json", #"[{"id": 1, "name": "Sales"}]"#, "$", "department 0 (\"None\") is missing"),
        ("operators.json", #"[{"name": "x"}]"#, "$[0]", "missing required member 'password'"),
    ])
    func seedErrorsNameFilePathAndReason(file: String, text: String, path: String, reason: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("net2-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = stubsDirectory.appendingPathComponent("net2/data")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent(file))
        let error = #expect(throws: SeedError.self) { try Net2Seed.load(from: folder) }
        #expect(error?.file == folder.appendingPathComponent(file).path)
        #expect(error?.jsonPath == path)
        #expect(error?.reason == reason)
    }
}
