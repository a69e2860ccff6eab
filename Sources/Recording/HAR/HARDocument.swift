import Foundation
import UnderstudyCore

/// A HAR file: `{"log": {...}}`.
public struct HARDocument: Sendable, Hashable, Codable {
    /// The log.
    public var log: HARLog

    /// Creates a document.
    public init(log: HARLog = HARLog()) {
        self.log = log
    }

    /// Reads a HAR file's bytes; `file` names it in errors. Fields HAR 1.2 requires but other
    /// tools leave out get their natural defaults; a missing method, URL, status or entries list,
    /// a wrong type or a relative URL is an error naming the JSON path.
    public init(data: Data, file: String? = nil) throws(HARLoadError) {
        do {
            _ = try JSONValue(parsing: data)
        } catch {
            throw HARLoadError(file: file, jsonPath: "$", reason: error.description)
        }
        do {
            self = try JSONDecoder().decode(HARDocument.self, from: data)
        } catch let error as DecodingError {
            throw HARLoadError(error, file: file)
        } catch {
            throw HARLoadError(file: file, jsonPath: "$", reason: "\(error)")
        }
        for (index, entry) in log.entries.enumerated() {
            let components = URLComponents(string: entry.request.url)
            guard let components, components.scheme != nil, components.host != nil else {
                throw HARLoadError(
                    file: file, jsonPath: "$.log.entries[\(index)].request.url",
                    reason: "must be an absolute URL, found \"\(entry.request.url)\"")
            }
        }
    }

    /// Reads the HAR file at `url`.
    public init(contentsOf url: URL) throws(HARLoadError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw HARLoadError(file: url.path, jsonPath: "$", reason: "cannot read the file: \(error.localizedDescription)")
        }
        try self.init(data: data, file: url.path)
    }

    /// The document as JSON indented by two spaces, keys sorted, with a final newline: the same
    /// document always gives the same bytes.
    public func encoded() -> Data {
        HARText.document(log, entries: log.entries.map(HARText.entry))
    }
}
