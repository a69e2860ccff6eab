import Foundation

/// Runs the built `understudy` binary as a person would, for end-to-end tests of the CLI.
public enum CommandRunner {
    /// The package root, to find `Stubs/`, `Contracts/` and `Tests/Fixtures/`.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The binary next to the test bundle (`swift test` builds both), else in `.build/debug`.
    public static var binary: URL {
        let beside = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("understudy")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/understudy")
    }

    /// Runs to completion; returns exit status, standard output and standard error (read after
    /// the output, so it must stay small).
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let (process, output, error) = try launch(arguments)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Starts a long-running command and waits for its first line of output.
    public static func start(_ arguments: [String]) throws -> (process: Process, firstLine: String, errors: Pipe) {
        let (process, output, error) = try launch(arguments)
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        return (process, String(decoding: line, as: UTF8.self), error)
    }

    /// Starts the binary with `arguments`, its standard output and error piped.
    private static func launch(_ arguments: [String]) throws -> (process: Process, output: Pipe, error: Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        return (process, output, error)
    }
}
