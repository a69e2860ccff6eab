/// The body of a HAR request: its media type and either its text or its form parameters.
public struct HARPostData: Sendable, Hashable, Codable {
    /// The media type (`Content-Type`).
    public var mimeType: String
    /// Form parameters, as browsers write them for form posts.
    public var params: [HARParam]?
    /// The body as text (base64 when ``encoding`` says so).
    public var text: String?
    /// `base64` when ``text`` holds base64-encoded bytes (Understudy's own `_encoding` field:
    /// HAR 1.2 has no encoding for request bodies).
    public var encoding: String?
    /// A comment.
    public var comment: String?

    /// Creates post data.
    public init(mimeType: String, params: [HARParam]? = nil, text: String? = nil, encoding: String? = nil, comment: String? = nil) {
        self.mimeType = mimeType
        self.params = params
        self.text = text
        self.encoding = encoding
        self.comment = comment
    }

    enum CodingKeys: String, CodingKey {
        case mimeType, params, text, comment
        case encoding = "_encoding"
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mimeType = try container.decode(.mimeType, or: "")
        params = try container.decodeIfPresent([HARParam].self, forKey: .params)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }
}

/// One posted form parameter.
public struct HARParam: Sendable, Hashable, Codable {
    /// The field name.
    public var name: String
    /// The value, when it is not a file.
    public var value: String?
    /// The name of a posted file.
    public var fileName: String?
    /// The media type of a posted file.
    public var contentType: String?
    /// A comment.
    public var comment: String?

    /// Creates a parameter.
    public init(name: String, value: String? = nil, fileName: String? = nil, contentType: String? = nil, comment: String? = nil) {
        self.name = name
        self.value = value
        self.fileName = fileName
        self.contentType = contentType
        self.comment = comment
    }
}
