/// The request of a HAR entry.
public struct HARRequest: Sendable, Hashable, Codable {
    /// The method, for example `GET`.
    public var method: String
    /// The absolute URL, query included.
    public var url: String
    /// The protocol version, for example `HTTP/1.1`.
    public var httpVersion: String
    /// The cookies sent.
    public var cookies: [HARCookie]
    /// The headers in the order sent, duplicates kept.
    public var headers: [HARNameValue]
    /// The query parameters, decoded, in order.
    public var queryString: [HARNameValue]
    /// The body, when there is one.
    public var postData: HARPostData?
    /// The size of the header block in bytes, -1 when unknown.
    public var headersSize: Int
    /// The size of the body in bytes, -1 when unknown.
    public var bodySize: Int
    /// A comment.
    public var comment: String?

    /// Creates a request.
    public init(
        method: String, url: String, httpVersion: String = "HTTP/1.1", cookies: [HARCookie] = [],
        headers: [HARNameValue] = [], queryString: [HARNameValue] = [], postData: HARPostData? = nil,
        headersSize: Int = -1, bodySize: Int = -1, comment: String? = nil
    ) {
        self.method = method
        self.url = url
        self.httpVersion = httpVersion
        self.cookies = cookies
        self.headers = headers
        self.queryString = queryString
        self.postData = postData
        self.headersSize = headersSize
        self.bodySize = bodySize
        self.comment = comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        method = try container.decode(String.self, forKey: .method)
        url = try container.decode(String.self, forKey: .url)
        httpVersion = try container.decode(.httpVersion, or: "HTTP/1.1")
        cookies = try container.decode(.cookies, or: [])
        headers = try container.decode(.headers, or: [])
        queryString = try container.decode(.queryString, or: [])
        postData = try container.decodeIfPresent(HARPostData.self, forKey: .postData)
        headersSize = try container.decode(.headersSize, or: -1)
        bodySize = try container.decode(.bodySize, or: -1)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }
}
