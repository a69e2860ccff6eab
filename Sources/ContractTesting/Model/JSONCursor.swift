import UnderstudyCore

/// A JSON value with its location, so that reading code can report precise errors.
struct JSONCursor {
    /// The value here.
    let value: JSONValue
    /// The JSON path of the value, for example `$.interactions[2].request`.
    let path: String
    /// The file being read, if any.
    let file: String?

    /// A cursor at the root of a document.
    init(root value: JSONValue, file: String?, path: String = "$") {
        self.init(value: value, path: path, file: file)
    }

    private init(value: JSONValue, path: String, file: String?) {
        self.value = value
        self.path = path
        self.file = file
    }

    /// An error at this location.
    func failure(_ reason: String) -> PactLoadError {
        PactLoadError(file: file, jsonPath: path, reason: reason)
    }

    /// The member `key`, or `nil` when it is absent or `null`.
    func member(_ key: String) -> JSONCursor? {
        guard let child = value[key], child != .null else { return nil }
        return JSONCursor(value: child, path: PathText.appending(key, to: path), file: file)
    }

    /// Whether the member `key` is present, even as `null`.
    func has(_ key: String) -> Bool { value[key] != nil }

    /// The members of this object, sorted by key.
    func members() throws(PactLoadError) -> [(key: String, cursor: JSONCursor)] {
        guard case .object(let members) = value else { throw failure("expected an object, found \(value.typeName)") }
        return members.keys.sorted().map { key in
            (key, JSONCursor(value: members[key]!, path: PathText.appending(key, to: path), file: file))
        }
    }

    /// The items of this array.
    func items() throws(PactLoadError) -> [JSONCursor] {
        guard case .array(let items) = value else { throw failure("expected an array, found \(value.typeName)") }
        return items.enumerated().map { index, item in
            JSONCursor(value: item, path: PathText.appending(index: index, to: path), file: file)
        }
    }

    /// This value as a string.
    func string() throws(PactLoadError) -> String {
        guard case .string(let text) = value else { throw failure("expected a string, found \(value.typeName)") }
        return text
    }

    /// This value as an integer; numeric strings are accepted, as some writers quote numbers.
    func integer() throws(PactLoadError) -> Int {
        if let number = value.intValue { return number }
        if case .string(let text) = value, let number = Int(text) { return number }
        throw failure("expected an integer, found \(value.typeName)")
    }

    /// This value as a Boolean.
    func bool() throws(PactLoadError) -> Bool {
        guard case .bool(let flag) = value else { throw failure("expected true or false, found \(value.typeName)") }
        return flag
    }

    /// The string member `key`, which must be present.
    func requiredString(_ key: String) throws(PactLoadError) -> String {
        guard let child = member(key) else { throw failure("missing required '\(key)'") }
        return try child.string()
    }

    /// The string member `key`, if present.
    func optionalString(_ key: String) throws(PactLoadError) -> String? {
        try member(key)?.string()
    }

    /// The integer member `key`, if present.
    func optionalInteger(_ key: String) throws(PactLoadError) -> Int? {
        try member(key)?.integer()
    }
}
