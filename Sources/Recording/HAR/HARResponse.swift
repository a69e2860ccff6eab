/// The response of a HAR entry.
public struct HARResponse: Sendable, Hashable, Codable {
    /// The status code.
    public var status: Int
    /// The reason phrase.
    public var statusText: String
    /// The protocol version, for example `HTTP/1.1`.
    public var httpVersion: String
    /// The cookies set.
    public var cookies: [HARCookie]
    /// The headers in the order received, duplicates kept.
    public var headers: [HARNameValue]
    /// The body.
    public var content: HARContent
    /// The `Location` of a redirect, else empty.
    public var redirectURL: String
    /// The size of the header block in bytes, -1 when unknown.
    public var headersSize: Int
    /// The size of the body as transferred (compressed) in bytes, -1 when unknown.
    public var bodySize: Int
    /// A comment.
    public var comment: String?

    /// Creates a response.
    public init(
        status: Int, statusText: String = "", httpVersion: String = "HTTP/1.1", cookies: [HARCookie] = [],
        headers: [HARNameValue] = [], content: HARContent = HARContent(), redirectURL: String = "",
        headersSize: Int = -1, bodySize: Int = -1, comment: String? = nil
    ) {
        self.status = status
        self.statusText = statusText
        self.httpVersion = httpVersion
        self.cookies = cookies
        self.headers = headers
        self.content = content
        self.redirectURL = redirectURL
        self.headersSize = headersSize
        self.bodySize = bodySize
        self.comment = comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(Int.self, forKey: .status)
        statusText = try container.decode(.statusText, or: "")
        httpVersion = try container.decode(.httpVersion, or: "HTTP/1.1")
        cookies = try container.decode(.cookies, or: [])
        headers = try container.decode(.headers, or: [])
        content = try container.decode(.content, or: HARContent())
        redirectURL = try container.decode(.redirectURL, or: "")
        headersSize = try container.decode(.headersSize, or: -1)
        bodySize = try container.decode(.bodySize, or: -1)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }
}

/// The body of a HAR response, decoded (not compressed); binary bodies are base64 text.
public struct HARContent: Sendable, Hashable, Codable {
    /// The length of the decoded body in bytes.
    public var size: Int
    /// Bytes saved by compression, when known.
    public var compression: Int?
    /// The media type (`Content-Type`), empty when unknown.
    public var mimeType: String
    /// The body as text, or base64 when ``encoding`` is `base64`; absent when not recorded.
    public var text: String?
    /// `base64` for binary bodies.
    public var encoding: String?
    /// A comment.
    public var comment: String?

    /// Creates content.
    public init(size: Int = 0, compression: Int? = nil, mimeType: String = "", text: String? = nil, encoding: String? = nil, comment: String? = nil) {
        self.size = size
        self.compression = compression
        self.mimeType = mimeType
        self.text = text
        self.encoding = encoding
        self.comment = comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        size = try container.decode(.size, or: text?.utf8.count ?? 0)
        compression = try container.decodeIfPresent(Int.self, forKey: .compression)
        mimeType = try container.decode(.mimeType, or: "")
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }
}
