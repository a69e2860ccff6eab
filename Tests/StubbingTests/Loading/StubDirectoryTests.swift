import Foundation
import Testing
@testable import Stubbing

@Suite struct StubDirectoryTests {
    @Test func loadsFilesInPathOrderIncludingSubfolders() throws {
        let folder = try StubFolder([
            "mappings/b/two.json": #"{"name":"two","request":{"method":"GET","urlPath":"/2"},"response":{}}"#,
            "mappings/a.json": #"{"mappings":[{"name":"one","request":{"method":"GET","urlPath":"/1"},"response":{}},{"name":"one-b","request":{"method":"GET","urlPath":"/1b"},"response":{}}]}"#,
            "mappings/notes.txt": "ignored",
        ])
        let loaded = try StubDirectory(url: folder.url).load()
        #expect(loaded.mappings.map(\.name) == ["one", "one-b", "two"])
    }

    @Test func reportsEveryProblemWithFileAndPath() throws {
        let folder = try StubFolder([
            "mappings/syntax.json": "{\"request\": ",
            "mappings/file.json": #"{"mappings":[{"request":{"method":"GET","urlPath":"/f"},"response":{"bodyFileName":"missing.json"}}]}"#,
        ])
        #expect {
            try StubDirectory(url: folder.url).load()
        } throws: { error in
            guard let error = error as? StubLoadError else { return false }
            let text = error.description
            return error.errors.count == 2 && text.contains("syntax.json") && text.contains("line 1")
                && text.contains("file.json: $.mappings[0].response.bodyFileName")
        }
    }

    @Test func refusesAMissingDirectory() {
        #expect(throws: StubLoadError.self) { try StubDirectory(url: URL(fileURLWithPath: "/nonexistent/stubs")).load() }
    }

    @Test func changesItsFingerprintWhenAFileChanges() throws {
        let folder = try StubFolder(["mappings/a.json": "{}"])
        let directory = StubDirectory(url: folder.url)
        let before = directory.fingerprint()
        try folder.write("mappings/a.json", "{ }")
        #expect(directory.fingerprint() != before)
    }
}
