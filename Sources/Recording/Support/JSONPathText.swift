/// Writing JSON paths such as `$.user.name` and `$['odd key']`.
enum JSONPathText {
    /// The path of member `key` of the object at `path`.
    static func member(_ path: String, _ key: String) -> String {
        let plain = !key.isEmpty && key.first?.isNumber == false
            && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return plain ? "\(path).\(key)" : "\(path)['\(key)']"
    }
}
