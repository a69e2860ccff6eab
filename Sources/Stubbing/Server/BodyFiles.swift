import Foundation

/// The `__files` folder that `bodyFileName` refers to.
public struct BodyFiles: Sendable {
    /// The folder, or `nil` when the stubs came from no directory.
    public var root: URL?

    /// Creates a reference to a `__files` folder.
    public init(root: URL?) {
        self.root = root
    }

    /// The bytes of `name` inside the folder; `nil` when there is no such file or the name
    /// would leave the folder.
    public func contents(of name: String) -> Data? {
        guard let root, !name.split(separator: "/").contains("..") else { return nil }
        return FileManager.default.contents(atPath: root.appendingPathComponent(name).path)
    }
}
