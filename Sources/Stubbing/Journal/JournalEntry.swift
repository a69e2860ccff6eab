import Foundation
import MicroHTTP

/// One request the server received and what it answered.
public struct JournalEntry: Sendable {
    /// A unique id for the entry.
    public var id: UUID
    /// When the request arrived (from the server's clock).
    public var loggedDate: Date
    /// The request as received.
    public var request: HTTPRequest
    /// The response sent; `nil` when the answer was a fault.
    public var response: HTTPResponse?
    /// The fault sent instead of a response, if any.
    public var fault: HTTPFault?
    /// The id of the stub that answered, if a stub did.
    public var stubID: String?
    /// Who answered: `stub`, `admin`, a vendor name, or `unmatched`.
    public var answeredBy: String

    /// Creates an entry.
    public init(
        id: UUID = UUID(), loggedDate: Date, request: HTTPRequest, response: HTTPResponse?, fault: HTTPFault? = nil,
        stubID: String? = nil, answeredBy: String
    ) {
        self.id = id
        self.loggedDate = loggedDate
        self.request = request
        self.response = response
        self.fault = fault
        self.stubID = stubID
        self.answeredBy = answeredBy
    }

    /// Whether a stub or an emulator answered (WireMock's `wasMatched`).
    public var wasMatched: Bool { answeredBy != "unmatched" }
}
