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
            printLine("\(counted(loaded.mappings.count, "mapping")) in \(counted(fileCount, "file")) \(loaded.mappings.count == 1 ? "is" : "are") valid.")
        } catch {
            for problem in error.errors { printError(problem.description) }
            printError("\(counted(error.errors.count, "problem")) found.")
            throw ExitCode.failure
        }
    }
}
