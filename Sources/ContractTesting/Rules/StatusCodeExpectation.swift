/// What a `statusCode` matcher accepts: a class of statuses or a list of codes.
public enum StatusCodeExpectation: Sendable, Equatable {
    /// 100–199.
    case information
    /// 200–299.
    case success
    /// 300–399.
    case redirect
    /// 400–499.
    case clientError
    /// 500–599.
    case serverError
    /// 100–399.
    case nonError
    /// 400–599.
    case error
    /// Exactly one of these codes.
    case codes([Int])

    /// Reads the pact form: a class name or a list of codes.
    init?(name: String) {
        switch name {
        case "information": self = .information
        case "success": self = .success
        case "redirect": self = .redirect
        case "clientError": self = .clientError
        case "serverError": self = .serverError
        case "nonError": self = .nonError
        case "error": self = .error
        default: return nil
        }
    }

    /// The class name as written in pact files, or `nil` for a list of codes.
    var name: String? {
        switch self {
        case .information: return "information"
        case .success: return "success"
        case .redirect: return "redirect"
        case .clientError: return "clientError"
        case .serverError: return "serverError"
        case .nonError: return "nonError"
        case .error: return "error"
        case .codes: return nil
        }
    }

    /// Whether `status` is accepted.
    public func accepts(_ status: Int) -> Bool {
        switch self {
        case .information: return (100...199).contains(status)
        case .success: return (200...299).contains(status)
        case .redirect: return (300...399).contains(status)
        case .clientError: return (400...499).contains(status)
        case .serverError: return (500...599).contains(status)
        case .nonError: return (100...399).contains(status)
        case .error: return (400...599).contains(status)
        case .codes(let codes): return codes.contains(status)
        }
    }
}
