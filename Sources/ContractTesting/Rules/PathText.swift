/// Writing JSONPath-like locations (`$.a[0]['x y']`) for rules, load errors and mismatches.
enum PathText {
    /// Whether `name` can be written after a dot: letters, digits, `_`, `-`, `@` and `#`, not starting
    /// with a digit.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "_" || scalar == "-" || scalar == "@" || scalar == "#"
        }
    }

    /// `path` followed by the member `name`: `.name`, or `['name']` when it is not a plain name.
    static func appending(_ name: String, to path: String) -> String {
        isPlainName(name) ? "\(path).\(name)" : "\(path)['\(name)']"
    }

    /// `path` followed by the index: `[3]`.
    static func appending(index: Int, to path: String) -> String {
        "\(path)[\(index)]"
    }
}
