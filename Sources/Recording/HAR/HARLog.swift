import UnderstudyCore

/// A HAR 1.2 log: who wrote it, the pages and the entries.
public struct HARLog: Sendable, Hashable, Codable {
    /// The format version, `1.2`.
    public var version: String
    /// The tool that wrote the log.
    public var creator: HARCreator
    /// The browser recorded, for browser exports.
    public var browser: HARCreator?
    /// The pages of a browser export.
    public var pages: [HARPage]?
    /// The exchanges, in the order written.
    public var entries: [HAREntry]
    /// A comment.
    public var comment: String?
    /// The `_`-prefixed custom fields, kept as read (Understudy's `_redactions` summary).
    public var extras: [String: JSONValue]

    /// Creates a log.
    public init(
        version: String = "1.2", creator: HARCreator = .understudy, browser: HARCreator? = nil, pages: [HARPage]? = nil,
        entries: [HAREntry] = [], comment: String? = nil, extras: [String: JSONValue] = [:]
    ) {
        self.version = version
        self.creator = creator
        self.browser = browser
        self.pages = pages
        self.entries = entries
        self.comment = comment
        self.extras = extras
    }

    enum CodingKeys: String, CodingKey {
        case version, creator, browser, pages, entries, comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(.version, or: "1.2")
        creator = try container.decode(.creator, or: HARCreator(name: "", version: ""))
        browser = try container.decodeIfPresent(HARCreator.self, forKey: .browser)
        pages = try container.decodeIfPresent([HARPage].self, forKey: .pages)
        entries = try container.decode([HAREntry].self, forKey: .entries)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
        extras = try HARExtras.decode(from: decoder)
    }

    /// Writes the object, custom `_` fields included.

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(creator, forKey: .creator)
        try container.encodeIfPresent(browser, forKey: .browser)
        try container.encodeIfPresent(pages, forKey: .pages)
        try container.encode(entries, forKey: .entries)
        try container.encodeIfPresent(comment, forKey: .comment)
        try HARExtras.encode(extras, to: encoder)
    }
}
