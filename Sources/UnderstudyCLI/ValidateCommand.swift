import ArgumentParser
import Foundation
import Stubbing

/// `understudy validate DIR`: checks every stub file and reports each problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every stub mapping file in a stub directory.",
        discussion: """
            Reads DIR/mappings/**/*.json and checks each mapping against the supported WireMock subset, \
            and that every bodyFileName exists in DIR/__files. Prints each problem as FILE: JSON-PATH: REASON. \
            Exits 0 only when every file is valid.
            """
    )

    @Argument(help: "The stub directory (holding mappings/ and __files/).")
    var directory: String

    func run() throws {
        let source = StubDirectory(url: URL(fileURLWithPath: directory))
        do {
            let loaded = try source.load()
            let fileCount = source.mappingFiles().count
            printLine("\(loaded.mappings.count) mappings in \(fileCount) files are valid.")
        } catch {
            for problem in error.errors { printError(problem.description) }
            printError("\(error.errors.count) problem\(error.errors.count == 1 ? "" : "s") found.")
            throw ExitCode.failure
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Writes a line to standard output at once (not buffered), so a reader sees it immediately.
func printLine(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
