/// The secrets a session has met, each with its placeholder; several spellings of one secret
/// (decoded, as sent, inside a Basic header) share one placeholder.
struct SecretTable: Sendable {
    /// A known secret value.
    struct Secret: Sendable, Hashable {
        /// The secret as it occurs in text.
        var value: String
        /// Its placeholder.
        var placeholder: String
        /// The name the placeholder was made for.
        var name: String
    }

    private var byValue: [String: Secret] = [:]
    private var lastNumber: [String: Int] = [:]
    private(set) var longestFirst: [Secret] = []

    /// The placeholder of `value`, made now (named `name`, numbered after the last of that name)
    /// when the value is new.
    mutating func placeholder(for value: String, name: String) -> Secret {
        if let known = byValue[value] { return known }
        let safe = Placeholder.safeName(name)
        let number = lastNumber[safe, default: 0] + 1
        lastNumber[safe] = number
        let secret = Secret(value: value, placeholder: Placeholder.make(name: safe, number: number), name: safe)
        insert(secret)
        return secret
    }

    /// Records `value` as another spelling of `secret` (nothing when it is empty or known).
    mutating func alias(_ value: String, to secret: Secret) {
        guard !value.isEmpty, byValue[value] == nil else { return }
        insert(Secret(value: value, placeholder: secret.placeholder, name: secret.name))
    }

    /// Continues numbering after the placeholders already in `text` (a recording being extended).
    mutating func continueNumbering(after text: String) {
        for (name, number) in Placeholder.numbers(in: text) {
            lastNumber[name] = max(lastNumber[name, default: 0], number)
        }
    }

    /// Whether no secret is known.
    var isEmpty: Bool { byValue.isEmpty }

    private mutating func insert(_ secret: Secret) {
        byValue[secret.value] = secret
        let position = longestFirst.firstIndex { $0.value.count < secret.value.count } ?? longestFirst.endIndex
        longestFirst.insert(secret, at: position)
    }
}
