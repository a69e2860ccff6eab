import Foundation

/// Which stub answered a journal entry: its id, kept as a UUID value when it is one (as ids
/// made by the server always are), so that journalling it copies sixteen bytes instead of
/// sharing a string between threads.
enum StubReference: Sendable, Hashable {
    /// An id that is a UUID, shown in lower case.
    case uuid(UUID)
    /// Any other id, as given.
    case text(String)

    /// The reference for `id`.
    init(id: String) {
        // Only an id written as the lower-case form of its UUID is kept as one, so that it reads back as written.
        if let uuid = UUID(uuidString: id), uuid.uuidString.lowercased() == id {
            self = .uuid(uuid)
        } else {
            self = .text(id)
        }
    }

    /// The id as the mapping gives it.
    var id: String {
        switch self {
        case .uuid(let uuid): return uuid.uuidString.lowercased()
        case .text(let text): return text
        }
    }
}
