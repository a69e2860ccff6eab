import UnderstudyCore
/// What a handler gives back for a request: a response now, a fault, or an answer that is
/// computed later while the connection waits suspended (no server thread blocks meanwhile).
public enum HTTPAnswer: Sendable {
    /// Send this response.
    case respond(HTTPResponse)
    /// Break the connection in this way.
    case fault(HTTPFault)
    /// Suspend the connection and call `start` with a completion; the connection resumes and
    /// sends the answer passed to the completion's first call (later calls are ignored; a
    /// completion never called leaves the connection waiting until the server stops).
    case deferred(@Sendable (_ complete: @escaping @Sendable (HTTPAnswer) -> Void) -> Void)
}

extension HTTPAnswer {
    /// The response of a `.respond` answer, else `nil`.
    public var response: HTTPResponse? {
        if case .respond(let response) = self { return response }
        return nil
    }
}
