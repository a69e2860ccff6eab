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
    public var stubID: String? {
        get { stub?.id }
        set { stub = newValue.map(StubReference.init(id:)) }
    }
    /// The stub that answered, as the journal keeps it.
    var stub: StubReference?
    /// Who answered: `stub`, `admin`, a vendor name, or `unmatched`.
    public var answeredBy: String

    /// Creates an entry.
    public init(
        id: UUID = JournalEntry.nextID(), loggedDate: Date, request: HTTPRequest, response: HTTPResponse?, fault: HTTPFault? = nil,
        stubID: String? = nil, answeredBy: String
    ) {
        self.init(
            id: id, loggedDate: loggedDate, request: request, response: response, fault: fault,
            stub: stubID.map(StubReference.init(id:)), answeredBy: answeredBy)
    }

    /// Creates an entry for the stub `stub` (a reference the server prepared once, so that
    /// recording a request parses no id).
    init(
        id: UUID = JournalEntry.nextID(), loggedDate: Date, request: HTTPRequest, response: HTTPResponse?, fault: HTTPFault?,
        stub: StubReference?, answeredBy: String
    ) {
        self.id = id
        self.loggedDate = loggedDate
        self.request = request
        self.response = response
        self.fault = fault
        self.stub = stub
        self.answeredBy = answeredBy
    }

    private static let idPrefix = UInt64.random(in: 0...UInt64.max)

    /// A fresh id: unique within the process and random across runs, without reading the
    /// system's random source for every request (that costs a file open on Linux), and without
    /// a counter shared between threads: each thread counts its own ids under its own number.
    public static func nextID() -> UUID {
        let count = idCounters.withValue { $0.next() }
        func byte(_ value: UInt64, _ index: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: value >> (56 - 8 * index)) }
        let high = idPrefix
        return UUID(uuid: (
            byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3), byte(high, 4), byte(high, 5),
            0x40 | (byte(high, 6) & 0x0F), byte(high, 7),
            0x80 | (byte(count, 0) & 0x3F), byte(count, 1), byte(count, 2), byte(count, 3), byte(count, 4), byte(count, 5),
            byte(count, 6), byte(count, 7)))
    }

    /// Each thread's id counter: the thread's number in the top 22 bits, its count below.
    private static let idCounters = ThreadLocal { IDCounter() }

    /// Only its own thread touches it, so its accesses are not checked at run time.
    private final class IDCounter {
        @exclusivity(unchecked) private var value: UInt64

        init() {
            value = (UInt64(ThreadNumber.current) & 0x3F_FFFF) << 40
        }

        func next() -> UInt64 {
            value += 1
            return value
        }
    }

    /// Whether a stub or an emulator answered (WireMock's `wasMatched`).
    public var wasMatched: Bool { answeredBy != "unmatched" }
}
