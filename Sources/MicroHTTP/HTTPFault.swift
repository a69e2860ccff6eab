/// A broken answer, sent on purpose to test a client's error handling (WireMock's faults).
public enum HTTPFault: String, Sendable, Hashable, CaseIterable, Codable {
    /// Close the connection without sending anything.
    case emptyResponse = "EMPTY_RESPONSE"
    /// Send a status line, headers and part of a chunked body, then close mid-chunk.
    case malformedResponseChunk = "MALFORMED_RESPONSE_CHUNK"
    /// Send bytes that are not HTTP, then close.
    case randomDataThenClose = "RANDOM_DATA_THEN_CLOSE"
    /// Reset the TCP connection (RST instead of FIN).
    case connectionResetByPeer = "CONNECTION_RESET_BY_PEER"
}
