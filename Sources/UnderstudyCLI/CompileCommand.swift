import ArgumentParser
import Foundation
import Recording
import Stubbing

/// `understudy compile`: recordings to WireMock stubs and a Pact contract.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Turn HAR recordings into WireMock stub mappings and, optionally, a Pact V4 contract.",
        discussion: """
            Writes one mapping per exchange to STUBS/mappings/<recording>/ (bodies over 4 KiB to \
            STUBS/__files/<recording>/), replacing what an earlier compile of the same recording wrote. Repeated \
            requests become a scenario chain; dates, timestamps, UUIDs and redaction placeholders in requests become \
            regular expressions, the Authorization scheme is required, and in responses placeholders become random \
            values and timestamps near the recording time become {{now}} templates. The stubs are validated as \
            `understudy validate` does. With --contract, also writes a Pact V4 file with matching rules for the \
            same volatile values.
            """
    )

    @Argument(help: "The HAR files.")
    var files: [String]

    @Option(name: .long, help: "The stub directory to write (holding mappings/ and __files/).")
    var stubs: String?

    @Option(name: .long, help: "A Pact file to write.")
    var contract: String?

    @Option(name: .long, help: "The contract's consumer name.")
    var consumer: String?

    @Option(name: .long, help: "The contract's provider name.")
    var provider: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one HAR file") }
        guard stubs != nil || contract != nil else { throw ValidationError("give --stubs DIR, --contract FILE, or both") }
        if contract != nil, consumer == nil || provider == nil {
            throw ValidationError("--contract needs --consumer and --provider")
        }
    }

    func run() throws {
        let sources: [HARSource]
        do {
            sources = try files.map { path throws(HARLoadError) in try HARSource(contentsOf: URL(fileURLWithPath: path)) }
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        if let stubs { try writeStubs(sources, to: URL(fileURLWithPath: stubs)) }
        if let contract, let consumer, let provider {
            let pact = PactCompiler(consumer: consumer, provider: provider).compile(sources)
            do {
                try pact.v4Data().write(to: URL(fileURLWithPath: contract), options: .atomic)
            } catch {
                printError("error: \(contract): cannot write: \(error.localizedDescription)")
                throw ExitCode.failure
            }
            printLine("wrote \(counted(pact.interactions.count, "interaction")) to \(contract)")
        }
    }

    private func writeStubs(_ sources: [HARSource], to directory: URL) throws {
        let compiled = StubCompiler(profile: .stubs).compile(sources)
        for note in compiled.notes { printError("note: \(note)") }
        do {
            try compiled.write(to: directory)
            _ = try StubDirectory(url: directory).load()
        } catch let error as StubLoadError {
            for problem in error.errors { printError(problem.description) }
            throw ExitCode.failure
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        printLine("wrote \(counted(compiled.mappings.count, "mapping")) and \(counted(compiled.bodies.count, "body file")) to \(directory.path)")
    }
}
