import Foundation
import Testing
import UnderstudyCore

@testable import ContractTesting

@Suite struct PactReaderTests {
    /// A pact document with consumer `c`, provider `p` and the given members.
    static func document(_ members: String) -> String {
        #"{"consumer":{"name":"c"},"provider":{"name":"p"},"# + members + "}"
    }

    private func read(_ text: String, file: String? = "pact.json") throws(PactLoadError) -> Pact {
        try Pact(data: Data(text.utf8), file: file)
    }

    @Test func readsV2() throws {
        let pact = try read(PactFixtures.v2)
        #expect(pact.specification == .v2)
        let interaction = try #require(pact.interactions.first)
        #expect(interaction.providerStates == [ProviderState(name: "contacts exist")])
        #expect(interaction.request.method == "GET")
        #expect(interaction.request.query == ["page": ["2"], "q": ["a b"]])
        #expect(interaction.request.matchingRules.query["page"] == RuleGroup([.regex("\\d+")]))
        #expect(interaction.response.body == PactBody(contentType: "application/json", content: .json([["id": 1]])))
        #expect(interaction.response.matchingRules.body[RulePath.root] == RuleGroup([.type(min: 1, max: nil)]))
    }

    @Test func readsV3() throws {
        let pact = try read(PactFixtures.v3)
        #expect(pact.specification == .v3)
        #expect(pact.consumer == "acme-crm-connector")
        let interaction = try #require(pact.interactions.first)
        #expect(interaction.key == nil)
        #expect(interaction.providerStates == [ProviderState(name: "a contact exists", params: ["id": 42])])
        #expect(interaction.request.headers["Authorization"] == ["Bearer abc"])
        #expect(interaction.request.matchingRules.path == RuleGroup([.regex("^/v2/contacts/[0-9]+$")]))
        #expect(interaction.response.matchingRules.body[try RulePath("$.tags")] == RuleGroup([.type(min: 1, max: nil)]))
        #expect(interaction.response.generators?["body"]?["$.id"]?["type"] == "RandomInt")
    }

    @Test func readsV4AndKeepsOtherInteractionsWithANote() throws {
        let pact = try read(PactFixtures.v4)
        #expect(pact.specification == .v4)
        let interaction = try #require(pact.interactions.first)
        #expect(interaction.key == "b7e1c0d2")
        #expect(interaction.pending)
        #expect(interaction.comments == ["testname": "ContactsTests.testGetContact"])
        #expect(interaction.response.body == .json(["id": 42]))
        #expect(pact.otherInteractions.map(\.type) == ["Asynchronous/Messages"])
        #expect(
            pact.notes == ["$.interactions[1] 'contact created' has type Asynchronous/Messages, not Synchronous/HTTP: kept but not matched"]
        )
    }

    @Test func guessesTheVersionWithoutMetadata() throws {
        let v3 = try read(
            PactReaderTests.document(
                #""interactions":[{"description":"d","providerStates":[],"request":{"method":"GET","path":"/"},"response":{"status":200}}]"#
            )
        )
        #expect(v3.specification == .v3)
        let v4 = try read(
            PactReaderTests.document(
                #""interactions":[{"type":"Synchronous/HTTP","description":"d","request":{},"response":{"body":{"content":"x"}}}]"#)
        )
        #expect(v4.specification == .v4)
        #expect(v4.interactions.first?.response.body == PactBody(contentType: "text/plain", content: .text("x")))
    }

    @Test func keepsV3MessagesAsOtherInteractions() throws {
        let pact = try read(
            PactReaderTests.document(
                #""messages":[{"description":"m","contents":{}}],"metadata":{"pactSpecification":{"version":"3.0.0"}}"#)
        )
        #expect(pact.interactions.isEmpty)
        #expect(pact.otherInteractions.map(\.description) == ["m"])
        #expect(pact.notes.count == 1)
    }

    @Test(arguments: [
        ("[]", "pact.json: $: expected a pact object, found array"),
        ("{\"a\":", "pact.json: $: invalid JSON at line 1, column 6: unexpected end of input"),
        (#"{"provider":{"name":"p"}}"#, "pact.json: $: missing required 'consumer'"),
        (
            PactReaderTests.document(#""interactions":[{"description":"d","request":{"method":1},"response":{}}]"#),
            "pact.json: $.interactions[0].request.method: expected a string, found number"
        ),
        (
            PactReaderTests.document(#""interactions":[{"description":"d","request":{},"response":{"headers":{"Accept":{}}}}]"#),
            "pact.json: $.interactions[0].response.headers.Accept: expected a string, found object"
        ),
        (
            PactReaderTests.document(
                #""interactions":[{"description":"d","response":{},"#
                    + #""request":{"matchingRules":{"body":{"$.a":{"matchers":[{"match":"x"}]}}}}}]"#
            ),
            "pact.json: $.interactions[0].request.matchingRules.body['$.a'].matchers[0]: unknown matcher 'x'"
        ),
        (
            PactReaderTests.document(#""metadata":{"pactSpecification":{"version":"9.0"}}"#),
            "pact.json: $: unsupported pact specification version '9.0'"
        ),
    ])
    func errorsNameTheFileThePathAndTheReason(_ text: String, _ message: String) {
        let error = #expect(throws: PactLoadError.self) { try read(text) }
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "")")
    }

    @Test func readsFilesFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).json")
        try Data(PactFixtures.v3.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try Pact(contentsOf: url).provider == "acme-crm-api")
        let missing = #expect(throws: PactLoadError.self) { try Pact(contentsOf: url.appendingPathExtension("nope")) }
        #expect(missing?.file?.hasSuffix(".nope") == true)
    }
}
