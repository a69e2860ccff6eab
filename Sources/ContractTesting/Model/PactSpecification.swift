/// The Pact specification version a file was written in.
public enum PactSpecification: Int, Sendable, Comparable, CustomStringConvertible {
    /// Versions 1 and 1.1 (read as V2).
    case v1 = 1
    /// Version 2: flat `$.body…` rule keys, query as a string.
    case v2 = 2
    /// Version 3: rules by category, query as a map of lists, provider states with parameters.
    case v3 = 3
    /// Version 4: typed interactions, bodies as `{contentType, encoded, content}`.
    case v4 = 4

    /// Reads a version string such as `3.0.0` or `4.0`.
    init?(versionString: String) {
        guard let major = versionString.split(separator: ".").first.flatMap({ Int($0) }),
            let version = PactSpecification(rawValue: major)
        else { return nil }
        self = version
    }

    /// Older versions sort first.
    public static func < (lhs: PactSpecification, rhs: PactSpecification) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `V2`, `V3`, `V4`.
    public var description: String { "V\(rawValue)" }
}
