import UnderstudyCore

/// One exchange of a HAR log: a request, its response, and when and how long.
public struct HAREntry: Sendable, Hashable, Codable {
    /// The page the exchange belongs to (browser exports).
    public var pageref: String?
    /// When the request started (ISO 8601).
    public var startedDateTime: String
    /// The total time in milliseconds (the sum of the known ``timings``).
    public var time: Double
    /// The request.
    public var request: HARRequest
    /// The response.
    public var response: HARResponse
    /// What the browser cache held; `{}` when unknown.
    public var cache: HARCache
    /// How long each phase took.
    public var timings: HARTimings
    /// The server's IP address.
    public var serverIPAddress: String?
    /// The connection's id.
    public var connection: String?
    /// A comment.
    public var comment: String?
    /// The `_`-prefixed custom fields, kept as read: Understudy's `_redactions`, a browser's
    /// `_initiator`, `_resourceType`, ...
    public var extras: [String: JSONValue]

    /// Creates an entry.
    public init(
        pageref: String? = nil, startedDateTime: String, time: Double, request: HARRequest, response: HARResponse,
        cache: HARCache = HARCache(), timings: HARTimings, serverIPAddress: String? = nil, connection: String? = nil,
        comment: String? = nil, extras: [String: JSONValue] = [:]
    ) {
        self.pageref = pageref
        self.startedDateTime = startedDateTime
        self.time = time
        self.request = request
        self.response = response
        self.cache = cache
        self.timings = timings
        self.serverIPAddress = serverIPAddress
        self.connection = connection
        self.comment = comment
        self.extras = extras
    }

    enum CodingKeys: String, CodingKey {
        case pageref, startedDateTime, time, request, response, cache, timings, serverIPAddress, connection, comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pageref = try container.decodeIfPresent(String.self, forKey: .pageref)
        startedDateTime = try container.decode(.startedDateTime, or: "")
        request = try container.decode(HARRequest.self, forKey: .request)
        response = try container.decode(HARResponse.self, forKey: .response)
        cache = try container.decode(.cache, or: HARCache())
        timings = try container.decode(.timings, or: HARTimings(send: -1, wait: -1, receive: -1))
        time = try container.decode(.time, or: timings.total)
        serverIPAddress = try container.decodeIfPresent(String.self, forKey: .serverIPAddress)
        connection = try container.decodeIfPresent(String.self, forKey: .connection)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
        extras = try HARExtras.decode(from: decoder)
    }

    /// Writes the object, custom `_` fields included.

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(pageref, forKey: .pageref)
        try container.encode(startedDateTime, forKey: .startedDateTime)
        try container.encode(time, forKey: .time)
        try container.encode(request, forKey: .request)
        try container.encode(response, forKey: .response)
        try container.encode(cache, forKey: .cache)
        try container.encode(timings, forKey: .timings)
        try container.encodeIfPresent(serverIPAddress, forKey: .serverIPAddress)
        try container.encodeIfPresent(connection, forKey: .connection)
        try container.encodeIfPresent(comment, forKey: .comment)
        try HARExtras.encode(extras, to: encoder)
    }
}
