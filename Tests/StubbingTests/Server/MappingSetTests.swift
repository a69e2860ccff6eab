import Foundation
import MicroHTTP
import Testing
import UnderstudyCore
@testable import Stubbing

@Suite struct MappingSetTests {
    private func mapping(_ id: String, path: String = "/x", body: String = "x", file: String? = nil) throws -> StubMapping {
        let response: JSONValue = file.map { ["bodyFileName": .string($0)] } ?? ["body": .string(body)]
        return try StubMapping(json: ["id": .string(Self.uuid(id)), "request": ["method": "GET", "urlPath": .string(path)], "response": response])
    }

    /// A UUID ending in `hex` (letter case kept, for the case-insensitive id checks).
    private static func uuid(_ hex: String) -> String { "00000000-0000-4000-8000-00000000000" + hex }

    private func bodyText(_ set: MappingSet, _ path: String) -> String? {
        guard let (position, _) = set.index.bestMatchPosition(for: request("GET", path), scenarioStates: { _ in "Started" }) else { return nil }
        return set.withPrepared(at: position) {
            $0.answer(request: request("GET", path), pathParameters: [:], now: Date()).response?.bodyText
        }
    }

    @Test func addsReplacesAndRemovesKeepingDiskAndAddedApart() throws {
        var set = MappingSet(disk: [try mapping("a", path: "/a", body: "disk")], files: BodyFiles(root: nil))
        set.add(try mapping("b", path: "/b", body: "added"))
        #expect(set.all.map(\.id) == [Self.uuid("a"), Self.uuid("b")])
        #expect(bodyText(set, "/b") == "added")
        #expect(set.replace(try mapping("A", path: "/a", body: "replaced")))
        #expect(bodyText(set, "/a") == "replaced")
        #expect(!set.replace(try mapping("c")))
        set.add(try mapping("a", path: "/a", body: "moved"))
        #expect(set.disk.isEmpty && set.added.map(\.id) == [Self.uuid("b"), Self.uuid("a")], "an added id replaces the disk mapping")
        #expect(set.remove(id: Self.uuid("B")) && !set.remove(id: Self.uuid("b")))
        set.removeAll()
        #expect(set.all.isEmpty && bodyText(set, "/a") == nil)
        set.reset(to: [try mapping("a", path: "/a", body: "disk")], files: BodyFiles(root: nil))
        set.add(try mapping("e", path: "/e", body: "new"))
        set.replaceDisk([try mapping("d", path: "/d")], files: BodyFiles(root: nil))
        #expect(set.all.map(\.id) == [Self.uuid("d"), Self.uuid("e")], "a reload keeps what the admin API added")
    }

    @Test func aCopyIsNotChangedByLaterMutations() throws {
        var set = MappingSet(disk: [try mapping("a", path: "/a", body: "before")], files: BodyFiles(root: nil))
        let copy = set
        #expect(set.replace(try mapping("a", path: "/a", body: "after")))
        #expect(bodyText(copy, "/a") == "before")
        #expect(bodyText(set, "/a") == "after")
    }

    @Test func aResponseThatCannotBePreparedAnswers500SayingWhy() throws {
        let set = MappingSet(disk: [try mapping("f", path: "/f", file: "missing.json")], files: BodyFiles(root: nil))
        let answer = set.withPrepared(at: 0) { $0.answer(request: request("GET", "/f"), pathParameters: [:], now: Date()).response }
        #expect(answer?.status == 500)
        #expect(answer?.bodyText.contains("no file 'missing.json' in __files/") == true)
    }

    @Test func keepsEachMappingsJournalReferenceAndScenarioRole() throws {
        let moving = try StubMapping(json: [
            "id": "00000000-0000-4000-8000-0000000000aa", "scenarioName": "s", "newScenarioState": "next",
            "request": ["method": "GET", "urlPath": "/s"], "response": ["status": 200],
        ])
        let set = MappingSet(disk: [try mapping("a"), moving], files: BodyFiles(root: nil))
        #expect(set.reference(at: 0) == .uuid(UUID(uuidString: Self.uuid("a"))!))
        #expect(set.reference(at: 1).id == "00000000-0000-4000-8000-0000000000aa")
        #expect(!set.transitionsScenario(at: 0) && set.transitionsScenario(at: 1))
    }

    @Test func aFixedResponseIsBuiltOnceForReuse() throws {
        let set = MappingSet(disk: [try mapping("a", path: "/a", body: "same")], files: BodyFiles(root: nil))
        let first = set.withPrepared(at: 0) { $0.answer(request: request("GET", "/a"), pathParameters: [:], now: Date()).response }
        let second = set.withPrepared(at: 0) { $0.answer(request: request("GET", "/a"), pathParameters: [:], now: Date()).response }
        #expect(first?.isReusable == true && first == second)
    }
}
