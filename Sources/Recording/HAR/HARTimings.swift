import UnderstudyCore

/// How long each phase of an exchange took, in milliseconds; -1 where a phase does not apply
/// or is unknown.
public struct HARTimings: Sendable, Hashable, Codable {
    /// Waiting for a network connection.
    public var blocked: Double?
    /// Resolving the host name.
    public var dns: Double?
    /// Opening the connection (TLS included).
    public var connect: Double?
    /// Sending the request.
    public var send: Double
    /// Waiting for the first byte of the response.
    public var wait: Double
    /// Reading the response.
    public var receive: Double
    /// The TLS handshake (also counted in ``connect``).
    public var ssl: Double?
    /// A comment.
    public var comment: String?

    /// Creates timings.
    public init(
        blocked: Double? = nil, dns: Double? = nil, connect: Double? = nil, send: Double, wait: Double, receive: Double,
        ssl: Double? = nil, comment: String? = nil
    ) {
        self.blocked = blocked
        self.dns = dns
        self.connect = connect
        self.send = send
        self.wait = wait
        self.receive = receive
        self.ssl = ssl
        self.comment = comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        blocked = try container.decodeIfPresent(Double.self, forKey: .blocked)
        dns = try container.decodeIfPresent(Double.self, forKey: .dns)
        connect = try container.decodeIfPresent(Double.self, forKey: .connect)
        send = try container.decode(.send, or: -1)
        wait = try container.decode(.wait, or: -1)
        receive = try container.decode(.receive, or: -1)
        ssl = try container.decodeIfPresent(Double.self, forKey: .ssl)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }

    /// The sum of the known phases (`ssl` is part of `connect`), as HAR's entry `time` is.
    public var total: Double {
        [blocked, dns, connect, send, wait, receive].compactMap { $0 }.filter { $0 > 0 }.reduce(0, +)
    }
}

/// What a browser's cache held before and after an exchange; kept as written.
public struct HARCache: Sendable, Hashable, Codable {
    /// The cache entry before the request.
    public var beforeRequest: JSONValue?
    /// The cache entry after the request.
    public var afterRequest: JSONValue?
    /// A comment.
    public var comment: String?

    /// Creates a cache record; the default is the empty `{}`.
    public init(beforeRequest: JSONValue? = nil, afterRequest: JSONValue? = nil, comment: String? = nil) {
        self.beforeRequest = beforeRequest
        self.afterRequest = afterRequest
        self.comment = comment
    }
}
