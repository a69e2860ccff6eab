import Foundation
import UnderstudyCore

/// Loads an emulator's seed data, the JSON files in `Stubs/<vendor>/data/`, into `Decodable`
/// seed types. Every failure is a ``SeedError`` naming the file, the JSON path and the reason.
///
/// Emulators load their seed once at start and keep the parsed value; a reset goes back to
/// that value without reading files again.
public struct SeedLoader: Sendable {
    /// The folder holding the seed files.
    public let directory: URL

    /// Creates a loader for the files in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// Creates a loader for `<stubsDirectory>/<vendor>/data`.
    public init(stubsDirectory: URL, vendor: String) {
        self.init(directory: stubsDirectory.appendingPathComponent(vendor).appendingPathComponent("data"))
    }

    /// Reads and decodes the seed file `fileName` (for example `users.json`).
    public func load<T: Decodable>(_ type: T.Type, from fileName: String) throws(SeedError) -> T {
        let url = directory.appendingPathComponent(fileName)
        let value = try document(at: url)
        do {
            return try JSONValueDecoder().decode(type, from: value)
        } catch let error as DecodingError {
            throw SeedError(file: url.path, decodingError: error)
        } catch let error as SeedError {
            throw error
        } catch {
            throw SeedError(file: url.path, reason: "\(error)")
        }
    }

    /// The path a seed file has, for errors found after decoding (such as a broken reference).
    public func path(of fileName: String) -> String {
        directory.appendingPathComponent(fileName).path
    }

    private func document(at url: URL) throws(SeedError) -> JSONValue {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw SeedError(file: url.path, reason: missing ? "the seed file does not exist" : "cannot be read: \(error.localizedDescription)")
        }
        do {
            return try JSONValue(parsing: data)
        } catch {
            throw SeedError(file: url.path, reason: error.description)
        }
    }
}
