import Foundation

/// Where the shared conformance material and this target's fixtures live on disk.
enum ConformanceFiles {
    /// The project's `shared/` folder: `UNDERSTUDY_SHARED`, or the first `shared/` with a
    /// `conformance` folder found walking up from this source file.
    static func sharedDirectory(from file: String = #filePath) throws -> URL {
        if let configured = ProcessInfo.processInfo.environment["UNDERSTUDY_SHARED"] {
            return URL(fileURLWithPath: configured)
        }
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("conformance").path) { return candidate }
            directory.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no shared/conformance above \(file)"])
    }

    /// WireMock's JSON schema for a stub mapping file.
    static func wireMockSchema() throws -> Data {
        try Data(contentsOf: sharedDirectory().appendingPathComponent("conformance/wiremock/wiremock-stub-mapping-or-mappings.json"))
    }

    /// The example mapping files of this target, sorted by name.
    static func fixtureMappings() throws -> [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/mappings")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
