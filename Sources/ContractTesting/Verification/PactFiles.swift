import Foundation

/// A pact read from a file.
public struct PactFile: Sendable, Equatable {
    /// Where it was read from.
    public var url: URL
    /// The pact.
    public var pact: Pact

    /// Creates a pact file.
    public init(url: URL, pact: Pact) {
        self.url = url
        self.pact = pact
    }
}

/// Reads the pact files named on a command line.
public enum PactFiles {
    /// Reads each path: a file, or a folder whose `*.json` files are read in name order. Every
    /// broken file is reported, not just the first; nothing is returned unless all are read.
    public static func load(_ paths: [String]) throws(PactFilesError) -> [PactFile] {
        var files: [PactFile] = []
        var errors: [PactLoadError] = []
        for url in expand(paths, errors: &errors) {
            do {
                files.append(PactFile(url: url, pact: try Pact(contentsOf: url)))
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw PactFilesError(errors: errors) }
        return files
    }

    private static func expand(_ paths: [String], errors: inout [PactLoadError]) -> [URL] {
        var urls: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                errors.append(PactLoadError(file: path, jsonPath: "$", reason: "no such file or folder"))
                continue
            }
            let url = URL(fileURLWithPath: path)
            guard isFolder.boolValue else {
                urls.append(url)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let pacts = names.filter { $0.hasSuffix(".json") }.sorted()
            if pacts.isEmpty { errors.append(PactLoadError(file: path, jsonPath: "$", reason: "the folder holds no .json pact files")) }
            urls += pacts.map { url.appendingPathComponent($0) }
        }
        return urls
    }
}

/// Every pact file that could not be read, each with its file, JSON path and reason.
public struct PactFilesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in the order the files were named.
    public var errors: [PactLoadError]

    /// One problem per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
