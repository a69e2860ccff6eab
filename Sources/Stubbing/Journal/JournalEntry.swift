import Foundation
import UnderstudyCore
import MicroHTTP
import Synchronization

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
        id: UUID = JournalEntry.nextID(), loggedDate: Date, request: HTTPRequest, response: HTTPResponse?, fault: HTTPFault? = nil,
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

    private static let idPrefix = UInt64.random(in: 0...UInt64.max)
    private static let idCounter = Atomic<UInt64>(0)

    /// A fresh id: unique within the process and random across runs, without reading the
    /// system's random source for every request (that costs a file open on Linux).
    public static func nextID() -> UUID {
        let count = idCounter.add(1, ordering: .relaxed).newValue
        let high = withUnsafeBytes(of: idPrefix.bigEndian) { Array($0) }
        let low = withUnsafeBytes(of: count.bigEndian) { Array($0) }
        return UUID(uuid: (
            high[0], high[1], high[2], high[3], high[4], high[5], 0x40 | (high[6] & 0x0F), high[7],
            0x80 | (low[0] & 0x3F), low[1], low[2], low[3], low[4], low[5], low[6], low[7]))
    }

    /// Whether a stub or an emulator answered (WireMock's `wasMatched`).
    public var wasMatched: Bool { answeredBy != "unmatched" }
}
