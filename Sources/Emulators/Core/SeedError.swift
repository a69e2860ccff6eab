import Foundation

/// Why seed data could not be loaded: the file, the JSON path (like `$[2].customFields[0].id`)
/// and the reason.
public struct SeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as a path.
    public var file: String
    /// The JSON path of the problem inside the file; `$` for the whole document.
    public var jsonPath: String
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, jsonPath: String = "$", reason: String) {
        self.file = file
        self.jsonPath = jsonPath
        self.reason = reason
    }

    /// Translates a `DecodingError` from ``JSONValueDecoder`` into an error naming `file`.
    public init(file: String, decodingError: DecodingError) {
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(file: file, jsonPath: Self.jsonPath(context.codingPath), reason: "missing required member '\(key.stringValue)'")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            self.init(file: file, jsonPath: Self.jsonPath(context.codingPath), reason: context.debugDescription)
        @unknown default:
            self.init(file: file, reason: "\(decodingError)")
        }
    }

    public var description: String { "\(file): \(jsonPath): \(reason)" }

    /// Renders a coding path as a JSON path: `$`, `.name` for identifier-like keys, `['odd key']`
    /// for others, `[n]` for array positions.
    public static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        var path = "$"
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else if isIdentifier(key.stringValue) {
                path += "." + key.stringValue
            } else {
                path += "['" + key.stringValue.replacingOccurrences(of: "'", with: "\\'") + "']"
            }
        }
        return path
    }

    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
