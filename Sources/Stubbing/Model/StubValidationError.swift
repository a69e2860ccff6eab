/// A problem in a stub mapping: which file, where in it (a JSON path such as
/// `$.request.queryParameters.expand.equalTo`) and what is wrong.
public struct StubValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the mapping came from, when it came from one.
    public var file: String?
    /// Where the problem is, as a JSON path from the document root (`$.mappings[3].response.status`).
    public var path: String
    /// What is wrong, in words.
    public var reason: String

    /// Creates an error.
    public init(file: String? = nil, path: String, reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    /// `FILE: PATH: REASON`, or `PATH: REASON` when there is no file.
    public var description: String {
        if let file { return "\(file): \(path): \(reason)" }
        return "\(path): \(reason)"
    }
}

/// Every problem found in one mapping file, in document order.
public struct StubValidationErrors: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems; never empty.
    public var errors: [StubValidationError]

    /// Creates the collection.
    public init(_ errors: [StubValidationError]) {
        self.errors = errors
    }

    /// One problem per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
