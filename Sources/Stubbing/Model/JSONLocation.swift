import Foundation

/// A place in a JSON document written as a JSON path: `$`, `$.request.headers.Accept`,
/// `$.mappings[3]`, `$.request.headers['X Odd']`.
struct JSONLocation: Sendable, Hashable, CustomStringConvertible {
    /// The path text.
    let description: String

    /// The document root, `$`.
    static let root = JSONLocation(description: "$")

    /// The member `key` of the object here.
    func appending(_ key: String) -> JSONLocation {
        if Self.isPlainName(key) { return JSONLocation(description: description + "." + key) }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return JSONLocation(description: description + "['" + escaped + "']")
    }

    /// The element `index` of the array here.
    func appending(_ index: Int) -> JSONLocation {
        JSONLocation(description: description + "[\(index)]")
    }

    private static func isPlainName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first == "_" || first == "$" || first.properties.isAlphabetic
        else { return false }
        return key.unicodeScalars.allSatisfy { scalar in
            "_$-".unicodeScalars.contains(scalar) || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
    }
}
