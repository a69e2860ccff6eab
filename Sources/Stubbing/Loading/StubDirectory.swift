import Foundation
import UnderstudyCore

/// Stubs read from disk: every mapping and the `__files` folder they refer to.
public struct LoadedStubs: Sendable {
    /// The mappings in load order (files sorted by path; entries of a file in order).
    public var mappings: [StubMapping]
    /// The `__files` folder.
    public var files: BodyFiles
}

/// A stub directory laid out as WireMock's: `mappings/**/*.json` and `__files/`.
public struct StubDirectory: Sendable {
    /// The directory.
    public var url: URL

    /// Names a stub directory.
    public init(url: URL) {
        self.url = url
    }

    var mappingsFolder: URL { url.appendingPathComponent("mappings") }
    var filesFolder: URL { url.appendingPathComponent("__files") }

    /// Reads and validates every mapping file. Throws every problem found, each naming the file,
    /// the JSON path and the reason; nothing is returned half-loaded.
    public func load() throws(StubLoadError) -> LoadedStubs {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StubLoadError([StubValidationError(file: url.path, path: "", reason: "no such directory")])
        }
        let files = BodyFiles(root: filesFolder)
        var mappings: [StubMapping] = []
        var problems: [StubValidationError] = []
        for file in mappingFiles() {
            let name = relativeName(of: file)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                problems.append(StubValidationError(file: name, path: "", reason: "cannot be read"))
                continue
            }
            switch MappingFile.parse(data, file: name) {
            case .success(let parsed):
                let missing = Self.unpreparable(parsed, files: files, file: name, data: data)
                problems += missing
                if missing.isEmpty { mappings += parsed }
            case .failure(let errors):
                problems += errors.errors
            }
        }
        guard problems.isEmpty else { throw StubLoadError(problems) }
        return LoadedStubs(mappings: mappings, files: files)
    }

    /// The mapping files (`mappings/**/*.json`), sorted by path so the load order is the same on every machine.
    public func mappingFiles() -> [URL] {
        guard let walker = FileManager.default.enumerator(at: mappingsFolder, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension.lowercased() == "json" }
            .sorted { $0.path < $1.path }
    }

    /// A fingerprint of names, sizes and modification times under `mappings/` and `__files/`.
    public func fingerprint() -> String {
        var parts: [String] = []
        for folder in [mappingsFolder, filesFolder] {
            guard let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey])
            else { continue }
            for case let file as URL in walker {
                let values = try? file.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                parts.append("\(file.path)|\(values?.fileSize ?? -1)|\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
            }
        }
        return parts.sorted().joined(separator: "\n")
    }

    private func relativeName(of file: URL) -> String {
        let base = url.standardizedFileURL.path
        let path = file.standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return file.path }
        return url.path + "/" + path.dropFirst(base.count + 1)
    }

    /// Problems that only show when a response is prepared: missing body files, broken templates.
    private static func unpreparable(_ mappings: [StubMapping], files: BodyFiles, file: String, data: Data) -> [StubValidationError] {
        let wrapped = (try? JSONValue(parsing: data))?["mappings"] != nil
        return mappings.enumerated().compactMap { position, mapping -> StubValidationError? in
            do throws(PreparedResponse.Problem) {
                _ = try PreparedResponse(mapping.response, files: files)
                return nil
            } catch {
                let path = (wrapped ? "$.mappings[\(position)]" : "$") + "." + error.path
                return StubValidationError(file: file, path: path, reason: error.reason)
            }
        }
    }
}

/// Every problem found while loading stubs.
public struct StubLoadError: Error, Sendable, CustomStringConvertible {
    /// The problems, each naming file, JSON path and reason.
    public var errors: [StubValidationError]

    /// Collects problems.
    public init(_ errors: [StubValidationError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
