import UnderstudyCore

/// Why a Pact provider state could not be applied.
public enum ProviderStateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No state of this name is known; `known` lists the names (templates) that are.
    case unknownState(vendor: String, name: String, known: [String])
    /// A parameter the state needs is missing.
    case missingParameter(state: String, parameter: String)
    /// A parameter has a value the state cannot use.
    case invalidParameter(state: String, parameter: String, reason: String)

    public var description: String {
        switch self {
        case .unknownState(let vendor, let name, let known):
            return "unknown \(vendor) provider state \"\(name)\"; known states: "
                + known.map { "\"\($0)\"" }.joined(separator: ", ")
        case .missingParameter(let state, let parameter):
            return "provider state \"\(state)\" needs the parameter '\(parameter)'"
        case .invalidParameter(let state, let parameter, let reason):
            return "provider state \"\(state)\": parameter '\(parameter)' \(reason)"
        }
    }
}
