import Stubbing

/// Why recording, replaying or compiling could not go on.
public enum RecordingError: Error, Sendable, CustomStringConvertible {
    /// A HAR file is broken (the error names the file and the JSON path).
    case cannotLoad(HARLoadError)
    /// The mode replays only and there is no recording to replay.
    case noRecording(file: String, mode: RecordMode)
    /// A file could not be written.
    case cannotWrite(file: String, reason: String)
    /// The upstream URL is not an absolute http or https URL.
    case invalidUpstream(String)
    /// Stubs compiled from a recording did not load (a bug: compiled stubs should always load).
    case invalidStubs(StubLoadError)

    /// The reason in words, naming the file.
    public var description: String {
        switch self {
        case .cannotLoad(let error):
            return error.description
        case .noRecording(let file, let mode):
            return "\(file): no such recording (mode \(mode.rawValue) only replays)"
        case .cannotWrite(let file, let reason):
            return "\(file): cannot write: \(reason)"
        case .invalidUpstream(let url):
            return "invalid upstream '\(url)': give an absolute http or https URL such as https://api.example.com"
        case .invalidStubs(let error):
            return "compiled stubs do not load: \(error)"
        }
    }
}
