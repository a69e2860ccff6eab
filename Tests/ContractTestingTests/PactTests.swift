import Foundation
import Testing

@testable import ContractTesting

@Suite struct PactTests {
    @Test func namesFilesConsumerDashProvider() {
        #expect(Pact(consumer: "acme-crm-connector", provider: "acme-crm-api").fileName == "acme-crm-connector-acme-crm-api.json")
        #expect(Pact.fileName(consumer: "a/b", provider: "c") == "a-b-c.json")
    }

    @Test func writesIntoADirectoryAndReadsBack() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("contracts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let pact = Pact(
            consumer: "c", provider: "p",
            interactions: [
                PactInteraction(description: "ping", request: PactRequest(path: "/ping"), response: PactResponse(body: .text("pong")))
            ])
        let url = try pact.write(toDirectory: directory)
        #expect(url.lastPathComponent == "c-p.json")
        let reread = try Pact(contentsOf: url)
        #expect(reread.interactions.first?.response.body == .text("pong"))
        #expect(reread.interactions.first?.key == pact.interactions.first?.resolvedKey)
    }
}
