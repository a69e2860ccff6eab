import Foundation
import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct PactWriterTests {
    @Test func readV3WriteV4ReadBack() throws {
        let v3 = try Pact(data: Data(PactFixtures.v3.utf8))
        let v4 = try Pact(data: v3.v4Data())
        #expect(v4.specification == .v4)
        #expect(v4.consumer == v3.consumer && v4.provider == v3.provider)
        #expect(v4.metadata["pact-jvm"] == v3.metadata["pact-jvm"])
        let before = try #require(v3.interactions.first)
        let after = try #require(v4.interactions.first)
        #expect(after.key == before.resolvedKey)
        #expect(after.description == before.description)
        #expect(after.providerStates == before.providerStates)
        #expect(after.request == before.request)
        #expect(after.response == before.response)
        #expect(v4.v4Data() == v3.v4Data())
    }

    @Test func readV2WriteV4KeepsRulesAndQuery() throws {
        let v2 = try Pact(data: Data(PactFixtures.v2.utf8))
        let v4 = try Pact(data: v2.v4Data())
        #expect(v4.interactions.first?.request == v2.interactions.first?.request)
        #expect(v4.interactions.first?.response == v2.interactions.first?.response)
        #expect(v4.interactions.first?.providerStates == [ProviderState(name: "contacts exist")])
    }

    @Test func writesTheV4Shape() throws {
        let json = try Pact(data: Data(PactFixtures.v3.utf8)).v4JSON()
        let interaction = try #require(json["interactions"]?[0])
        #expect(json["metadata"]?["pactSpecification"] == ["version": "4.0"])
        #expect(interaction["type"] == "Synchronous/HTTP")
        #expect(interaction["pending"] == false)
        #expect(interaction["request"]?["headers"]?["Accept"] == ["application/json"])
        #expect(interaction["request"]?["query"] == ["expand": ["owner"]])
        #expect(
            interaction["response"]?["body"] == [
                "contentType": "application/json", "encoded": false, "content": ["id": 42, "name": "Ada Lovelace", "tags": ["vip"]],
            ])
        #expect(interaction["response"]?["matchingRules"]?["body"]?["$.id"] == ["combine": "AND", "matchers": [["match": "integer"]]])
        #expect(
            interaction["request"]?["matchingRules"]?["path"] == [
                "combine": "AND", "matchers": [["match": "regex", "regex": "^/v2/contacts/[0-9]+$"]],
            ])
    }

    @Test func outputIsDeterministicAndKeepsInteractionOrder() throws {
        let pact = Pact(
            consumer: "c", provider: "p",
            interactions: [
                PactInteraction(description: "second", request: PactRequest(path: "/b"), response: PactResponse()),
                PactInteraction(
                    description: "first", request: PactRequest(path: "/a", headers: ["Z": ["1"], "A": ["2"]]), response: PactResponse()),
            ])
        #expect(pact.v4Data() == pact.v4Data())
        let text = String(decoding: pact.v4Data(), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let reread = try Pact(data: pact.v4Data())
        #expect(reread.interactions.map(\.description) == ["second", "first"])
        #expect(text.range(of: "\"A\"")!.lowerBound < text.range(of: "\"Z\"")!.lowerBound)
    }

    @Test func writesBinaryBodiesAsBase64AndKeepsOtherInteractions() throws {
        let v4 = try Pact(data: Data(PactFixtures.v4.utf8))
        var pact = v4
        pact.interactions[0].response.body = PactBody(contentType: "image/png", content: .bytes(Data([1, 2, 3])))
        let json = pact.v4JSON()
        #expect(json["interactions"]?[0]?["response"]?["body"] == ["contentType": "image/png", "encoded": "base64", "content": "AQID"])
        #expect(json["interactions"]?[1]?["type"] == "Asynchronous/Messages")
        #expect(try Pact(data: pact.v4Data()).interactions[0].response.body == pact.interactions[0].response.body)
    }
}
