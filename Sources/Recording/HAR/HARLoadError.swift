/// Why a HAR file could not be read: the file, where in it (a JSON path such as
/// `$.log.entries[3].request.url`) and what is wrong.
public struct HARLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, when the HAR came from one.
    public var file: String?
    /// Where the problem is, as a JSON path from the document root.
    public var jsonPath: String
    /// What is wrong, in words.
    public var reason: String

    /// Creates an error.
    public init(file: String?, jsonPath: String, reason: String) {
        self.file = file
        self.jsonPath = jsonPath
        self.reason = reason
    }

    /// `FILE: PATH: REASON`, or `PATH: REASON` without a file.
    public var description: String {
        (file.map { "\($0): " } ?? "") + "\(jsonPath): \(reason)"
    }

    /// The error for a `DecodingError`, with its coding path written as a JSON path.
    init(_ error: DecodingError, file: String?) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(file: file, jsonPath: Self.path(context.codingPath + [key]), reason: "is missing")
        case .typeMismatch(let type, let context):
            self.init(file: file, jsonPath: Self.path(context.codingPath), reason: "must be \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(file: file, jsonPath: Self.path(context.codingPath), reason: "must be \(Self.describe(type)), found null")
        case .dataCorrupted(let context):
            self.init(file: file, jsonPath: Self.path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            self.init(file: file, jsonPath: "$", reason: "\(error)")
        }
    }

    /// `$.log.entries[3].request` for a coding path.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("$") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            let name = key.stringValue
            let plain = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            return plain ? path + "." + name : path + "['" + name + "']"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        default: return type is any Collection.Type ? "an array or object" : "an object"
        }
    }
}
