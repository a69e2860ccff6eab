import Foundation
import UnderstudyCore

/// The users of a Net2 emulator by id, each kept with the body `GET /api/v1/users/{id}` answers,
/// serialized when the user changes rather than on every read (reads far outnumber writes).
struct Net2UserTable: Sendable, Sequence {
    private struct Record: Sendable {
        var user: Net2User
        var body: Data

        init(_ user: Net2User) {
            self.user = user
            body = user.json.serializedData()
        }
    }

    private var records: [Int: Record]

    /// A table of `users`; of two users with one id, the last wins.
    init(_ users: [Net2User]) {
        records = Dictionary(users.map { ($0.id, Record($0)) }, uniquingKeysWith: { _, last in last })
    }

    /// The user with `id`; setting one (or `nil` to remove it) renders its body again.
    subscript(id: Int) -> Net2User? {
        get { records[id]?.user }
        set { records[id] = newValue.map(Record.init) }
    }

    /// The user with `id` as JSON, serialized when it last changed, or `nil` when there is none.
    func body(of id: Int) -> Data? {
        records[id]?.body
    }

    /// Removes the user with `id`, returning it, or `nil` when there is none.
    @discardableResult
    mutating func removeValue(forKey id: Int) -> Net2User? {
        records.removeValue(forKey: id)?.user
    }

    /// The ids in no particular order.
    var ids: some Collection<Int> { records.keys }

    /// The users in no particular order.
    var values: [Net2User] { records.values.map(\.user) }

    /// The ids and users in no particular order.
    func makeIterator() -> some IteratorProtocol<(key: Int, value: Net2User)> {
        records.lazy.map { (key: $0.key, value: $0.value.user) }.makeIterator()
    }
}
