/// Why a Net2 action could not go on, in the words its audit log shows (for example
/// `Mapped department [Sales] does not exist in Net2`).
public struct Net2Failure: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates a failure.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
