import MicroHTTP

extension SecretNames {
    /// A request target fit for a log line: values of secret-named query parameters shown as `***`.
    public func maskedTarget(_ target: String) -> String {
        guard let mark = target.firstIndex(of: "?") else { return target }
        let pairs = target[target.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false).map { pair in
            guard let equals = pair.firstIndex(of: "="), isSecret(FormEncoding.unescape(pair[..<equals])) else { return String(pair) }
            return pair[...equals] + "***"
        }
        return target[...mark] + pairs.joined(separator: "&")
    }
}
