/// The connector suites `understudy verify` knows.
public enum SuiteRegistry {
    /// Every registered suite, in the order they run.
    public static let all: [any ConnectorSuite] = [Net2Suite(), LoketSuite()]

    /// The suites named in `names` (all when empty); throws for an unknown name.
    public static func select(_ names: [String], from suites: [any ConnectorSuite] = all) throws(HarnessError) -> [any ConnectorSuite] {
        guard !names.isEmpty else { return suites }
        return try names.map { name throws(HarnessError) in
            guard let suite = suites.first(where: { $0.name == name }) else {
                throw HarnessError.unknownConnector(name, known: suites.map(\.name))
            }
            return suite
        }
    }
}

/// Why the harness could not run.
public enum HarnessError: Error, Equatable, CustomStringConvertible {
    /// No suite has that name.
    case unknownConnector(String, known: [String])

    public var description: String {
        switch self {
        case .unknownConnector(let name, let known):
            return "unknown connector '\(name)'; known: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
        }
    }
}
