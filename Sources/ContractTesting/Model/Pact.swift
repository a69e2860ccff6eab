import Foundation
import UnderstudyCore

/// A Pact contract between a consumer and a provider: read from V2–V4 files, written as V4.
public struct Pact: Sendable, Equatable {
    /// The consumer's name.
    public var consumer: String
    /// The provider's name.
    public var provider: String
    /// The synchronous HTTP interactions, in file order.
    public var interactions: [PactInteraction]
    /// Interactions of other types (messages), kept as written and not matched.
    public var otherInteractions: [PactOtherInteraction]
    /// The file's metadata; the writer sets `pactSpecification.version` to `4.0`.
    public var metadata: [String: JSONValue]
    /// The specification version the pact was read from (`v4` for a pact built in code).
    public var specification: PactSpecification
    /// Notes made while reading, such as interactions skipped because they are not HTTP.
    public var notes: [String]

    /// Creates a pact.
    public init(
        consumer: String, provider: String, interactions: [PactInteraction] = [],
        otherInteractions: [PactOtherInteraction] = [], metadata: [String: JSONValue] = [:],
        specification: PactSpecification = .v4, notes: [String] = []
    ) {
        self.consumer = consumer
        self.provider = provider
        self.interactions = interactions
        self.otherInteractions = otherInteractions
        self.metadata = metadata
        self.specification = specification
        self.notes = notes
    }

    /// Reads a pact file's bytes; `file` names it in errors.
    public init(data: Data, file: String? = nil) throws(PactLoadError) {
        self = try PactReader.read(data, file: file)
    }

    /// Reads the pact file at `url`.
    public init(contentsOf url: URL) throws(PactLoadError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PactLoadError(file: url.path, jsonPath: "$", reason: "cannot read the file: \(error.localizedDescription)")
        }
        try self.init(data: data, file: url.path)
    }

    /// The conventional file name, `<consumer>-<provider>.json`.
    public var fileName: String { Self.fileName(consumer: consumer, provider: provider) }

    /// The conventional file name for a consumer and provider, `<consumer>-<provider>.json`.
    /// Path separators in the names are replaced by `-`.
    public static func fileName(consumer: String, provider: String) -> String {
        func safe(_ name: String) -> String {
            String(name.map { $0 == "/" || $0 == "\\" ? "-" : $0 })
        }
        return "\(safe(consumer))-\(safe(provider)).json"
    }

    /// The pact as a V4 JSON document.
    public func v4JSON() -> JSONValue { PactWriter.json(self) }

    /// The V4 document as pretty-printed UTF-8 with sorted keys and a final newline: the same pact
    /// always gives the same bytes.
    public func v4Data() -> Data {
        Data((v4JSON().serialized(pretty: true) + "\n").utf8)
    }

    /// Writes the V4 document to `<directory>/<consumer>-<provider>.json` and returns its URL.
    @discardableResult
    public func write(toDirectory directory: URL) throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(fileName)
        try v4Data().write(to: url, options: .atomic)
        return url
    }
}
