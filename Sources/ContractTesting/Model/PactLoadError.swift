/// Why a pact (or part of one) could not be read: the file, the JSON path and the reason.
public struct PactLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, when the pact came from one.
    public var file: String?
    /// Where in the document, for example `$.interactions[0].request.headers.Accept`.
    public var jsonPath: String
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String? = nil, jsonPath: String, reason: String) {
        self.file = file
        self.jsonPath = jsonPath
        self.reason = reason
    }

    /// `file: $.path: reason`.
    public var description: String {
        (file.map { "\($0): " } ?? "") + "\(jsonPath): \(reason)"
    }
}
