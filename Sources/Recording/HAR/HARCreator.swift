/// The tool that wrote a HAR log (`creator`), or the browser it recorded (`browser`).
public struct HARCreator: Sendable, Hashable, Codable {
    /// The name.
    public var name: String
    /// The version.
    public var version: String
    /// A comment.
    public var comment: String?

    /// Creates a creator.
    public init(name: String, version: String, comment: String? = nil) {
        self.name = name
        self.version = version
        self.comment = comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(.name, or: "")
        version = try container.decode(.version, or: "")
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }

    /// Understudy as the writer of a recording.
    public static let understudy = HARCreator(name: "understudy", version: "0.1.0")
}

/// A page of a browser's HAR export; entries refer to it by ``id``.
public struct HARPage: Sendable, Hashable, Codable {
    /// When the page started loading (ISO 8601).
    public var startedDateTime: String
    /// The page's id.
    public var id: String
    /// The page's title.
    public var title: String
    /// When the page's events fired, in milliseconds after the start (-1 when unknown).
    public var pageTimings: HARPageTimings
    /// A comment.
    public var comment: String?

    /// Creates a page.
    public init(startedDateTime: String, id: String, title: String = "", pageTimings: HARPageTimings = HARPageTimings(), comment: String? = nil) {
        self.startedDateTime = startedDateTime
        self.id = id
        self.title = title
        self.pageTimings = pageTimings
        self.comment = comment
    }

    /// Reads the object, giving fields that other tools leave out their defaults.

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        startedDateTime = try container.decode(.startedDateTime, or: "")
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(.title, or: "")
        pageTimings = try container.decode(.pageTimings, or: HARPageTimings())
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
    }
}

/// A page's load events.
public struct HARPageTimings: Sendable, Hashable, Codable {
    /// `DOMContentLoaded`, in milliseconds after the page started.
    public var onContentLoad: Double?
    /// `load`, in milliseconds after the page started.
    public var onLoad: Double?
    /// A comment.
    public var comment: String?

    /// Creates page timings.
    public init(onContentLoad: Double? = nil, onLoad: Double? = nil, comment: String? = nil) {
        self.onContentLoad = onContentLoad
        self.onLoad = onLoad
        self.comment = comment
    }
}
