import Foundation
import Testing
@testable import ContractTesting

@Suite struct PactFilesTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pact-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    private let valid = #"{"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[]}"#

    @Test func readsFilesAndFoldersInNameOrder() throws {
        let url = try folder(["b.json": valid, "a.json": valid, "notes.txt": "x"])
        defer { try? FileManager.default.removeItem(at: url) }
        let files = try PactFiles.load([url.path, url.appendingPathComponent("b.json").path])
        #expect(files.map(\.url.lastPathComponent) == ["a.json", "b.json", "b.json"])
        #expect(files.first?.pact.consumer == "c")
    }

    @Test func reportsEveryBrokenFileWithItsJSONPath() throws {
        let url = try folder(["broken.json": #"{"consumer":{"name":"c"},"provider":{},"interactions":[]}"#, "ok.json": valid])
        defer { try? FileManager.default.removeItem(at: url) }
        let missing = url.appendingPathComponent("missing.json").path
        #expect(throws: PactFilesError(errors: [
            PactLoadError(file: url.appendingPathComponent("broken.json").path, jsonPath: "$.provider", reason: "missing required 'name'"),
            PactLoadError(file: missing, jsonPath: "$", reason: "no such file or folder"),
        ])) {
            try PactFiles.load([url.path, missing])
        }
    }

    @Test func anEmptyFolderIsAnError() throws {
        let url = try folder([:])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: PactFilesError(errors: [PactLoadError(file: url.path, jsonPath: "$", reason: "the folder holds no .json pact files")])) {
            try PactFiles.load([url.path])
        }
    }
}
