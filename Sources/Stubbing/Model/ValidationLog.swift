/// Collects every problem found while reading mappings, so that a file reports all of them at once.
struct ValidationLog {
    /// The file being read, named in each error.
    let file: String?
    /// The problems so far, in the order found.
    private(set) var errors: [StubValidationError] = []

    init(file: String?) {
        self.file = file
    }

    /// Records that the value at `location` is wrong for `reason`.
    mutating func report(_ reason: String, at location: JSONLocation) {
        errors.append(StubValidationError(file: file, path: location.description, reason: reason))
    }

    /// Whether nothing has been reported.
    var isClean: Bool { errors.isEmpty }
}
