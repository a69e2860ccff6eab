import Foundation

/// Runs the built `understudy` binary as a person would, for end-to-end tests of
/// `understudy connector loket`.
enum UnderstudyBinary {
    /// The binary next to the test bundle (`swift test` builds both).
    static var url: URL {
        let beside = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("understudy")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return LoketFixtures.packageRoot.appendingPathComponent(".build/debug/understudy")
    }

    /// Runs `understudy` with `arguments` to completion: exit status, standard output and error
    /// (read after the output, so it must stay small).
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
