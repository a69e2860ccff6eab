import EmulatorCore
import Foundation
import Testing

@Suite struct SeedLoaderTests {
    private struct Person: Decodable, Equatable {
        var id: Int
        var name: String
        var tags: [String] = []

        private enum CodingKeys: String, CodingKey { case id, name, tags }

        init(id: Int, name: String, tags: [String]) {
            (self.id, self.name, self.tags) = (id, name, tags)
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(Int.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        }
    }

    @Test func loadsDecodableSeeds() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("people.json", #"[{"id": 1, "name": "Ada", "tags": ["x"]}, {"id": 2, "name": "Grace"}]"#)
        let people = try SeedLoader(directory: folder.url).load([Person].self, from: "people.json")
        #expect(people == [Person(id: 1, name: "Ada", tags: ["x"]), Person(id: 2, name: "Grace", tags: [])])
    }

    @Test func findsTheVendorDataFolder() {
        let loader = SeedLoader(stubsDirectory: URL(fileURLWithPath: "/repo/Stubs"), vendor: "net2")
        #expect(loader.directory.path == "/repo/Stubs/net2/data")
        #expect(loader.path(of: "users.json") == "/repo/Stubs/net2/data/users.json")
    }

    @Test(arguments: [
        (#"[{"id": 1, "name": "Ada"}, {"id": "2", "name": "Grace"}]"#, "$[1].id", "expected an integer, found string \"2\""),
        (#"[{"id": 1}]"#, "$[0]", "missing required member 'name'"),
        (#"[{"id": 1, "name": null}]"#, "$[0].name", "expected a string, found null"),
        (#"[{"id": 1, "name": "A", "tags": [1]}]"#, "$[0].tags[0]", "expected a string, found number 1"),
        (#"{"id": 1}"#, "$", "expected an array, found an object"),
        (#"[{"id": 1, "name": "A",}]"#, "$", "invalid JSON at line 1, column 24: expected a member name in quotes"),
    ])
    func errorsNameFilePathAndReason(text: String, path: String, reason: String) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("people.json", text)
        let error = #expect(throws: SeedError.self) { try SeedLoader(directory: folder.url).load([Person].self, from: "people.json") }
        #expect(error?.file == folder.url.appendingPathComponent("people.json").path)
        #expect(error?.jsonPath == path)
        #expect(error?.reason == reason)
    }

    @Test func missingFileIsNamed() {
        let loader = SeedLoader(directory: URL(fileURLWithPath: "/nonexistent/understudy"))
        let error = #expect(throws: SeedError.self) { try loader.load([Person].self, from: "people.json") }
        #expect(error?.description == "/nonexistent/understudy/people.json: $: the seed file does not exist")
    }

    @Test func oddKeysAreBracketedInPaths() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        #expect(SeedError.jsonPath([Key(stringValue: "odd key"), Key(stringValue: "ok_1")]) == "$['odd key'].ok_1")
    }
}
