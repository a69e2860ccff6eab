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
        for path in paths {
            let urls: [URL]
            do {
                urls = try expand(path)
            } catch {
                errors.append(error)
                continue
            }
            for url in urls {
                do {
                    files.append(PactFile(url: url, pact: try Pact(contentsOf: url)))
                } catch {
                    errors.append(error)
                }
            }
        }
        guard errors.isEmpty else { throw PactFilesError(errors: errors) }
        return files
    }

    /// The file at `path`, or the `*.json` files of the folder at `path` in name order.
    private static func expand(_ path: String) throws(PactLoadError) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw PactLoadError(file: path, jsonPath: "$", reason: "no such file or folder")
        }
        let url = URL(fileURLWithPath: path)
        guard isFolder.boolValue else { return [url] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let pacts = names.filter { $0.hasSuffix(".json") }.sorted()
        guard !pacts.isEmpty else { throw PactLoadError(file: path, jsonPath: "$", reason: "the folder holds no .json pact files") }
        return pacts.map { url.appendingPathComponent($0) }
    }
}

/// Every pact file that could not be read, each with its file, JSON path and reason.
public struct PactFilesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in the order the files were named.
    public var errors: [PactLoadError]

    /// One problem per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
