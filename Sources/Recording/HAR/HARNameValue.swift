/// A name and value pair of a HAR request or response: a header or a query parameter.
public struct HARNameValue: Sendable, Hashable, Codable {
    /// The name as sent.
    public var name: String
    /// The value (query parameters decoded).
    public var value: String
    /// A comment.
    public var comment: String?

    /// Creates a pair.
    public init(name: String, value: String, comment: String? = nil) {
        self.name = name
        self.value = value
        self.comment = comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decode(.value, or: "")
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }
}

/// A cookie sent with a request or set by a response.
public struct HARCookie: Sendable, Hashable, Codable {
    /// The cookie's name.
    public var name: String
    /// The cookie's value.
    public var value: String
    /// The path it applies to.
    public var path: String?
    /// The host it applies to.
    public var domain: String?
    /// When it expires (ISO 8601).
    public var expires: String?
    /// Whether it is hidden from scripts.
    public var httpOnly: Bool?
    /// Whether it is only sent over TLS.
    public var secure: Bool?
    /// A comment.
    public var comment: String?

    /// Creates a cookie.
    public init(
        name: String, value: String, path: String? = nil, domain: String? = nil, expires: String? = nil,
        httpOnly: Bool? = nil, secure: Bool? = nil, comment: String? = nil
    ) {
        self.name = name
        self.value = value
        self.path = path
        self.domain = domain
        self.expires = expires
        self.httpOnly = httpOnly
        self.secure = secure
        self.comment = comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decode(.value, or: "")
        path = try container.decodeIfPresent(String.self, forKey: .path)
        domain = try container.decodeIfPresent(String.self, forKey: .domain)
        expires = try container.decodeIfPresent(String.self, forKey: .expires)
        httpOnly = try container.decodeIfPresent(Bool.self, forKey: .httpOnly)
        secure = try container.decodeIfPresent(Bool.self, forKey: .secure)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }
}
