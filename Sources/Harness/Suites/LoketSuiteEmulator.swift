import EmulatorCore
import Foundation
import LoketEmulator
import MicroHTTP
import UnderstudyCore

/// The Loket emulator as the Loket suite runs it, together with the folder of the import results
/// its scenarios expect (`Tests/Fixtures/loket` next to the stubs root: the suite runs from a
/// checkout of the package).
final class LoketSuiteEmulator: VendorEmulator {
    /// The emulator.
    let loket: LoketEmulator
    /// The folder holding `persons.json` and `departments.json`.
    let expectedResults: URL

    /// The emulator seeded from `stubsRoot/loket/data`, with the expected results of that seed.
    init(stubsRoot: URL, clock: any Clock) throws {
        loket = try LoketEmulator(stubsDirectory: stubsRoot, clock: clock)
        expectedResults = stubsRoot.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/loket")
    }

    var vendor: String { loket.vendor }
    var defaultPort: Int { loket.defaultPort }

    func respond(to request: HTTPRequest) -> HTTPResponse { loket.respond(to: request) }

    func reset() { loket.reset() }

    func control(_ request: HTTPRequest, path: String) -> HTTPResponse? { loket.control(request, path: path) }

    func applyProviderState(name: String, params: [String: JSONValue], action: ProviderStateAction) throws -> [String: JSONValue] {
        try loket.applyProviderState(name: name, params: params, action: action)
    }

    /// The expected result in `file` (`persons.json`), a JSON array.
    func expected(_ file: String) throws -> [JSONValue] {
        let url = expectedResults.appendingPathComponent(file)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ScenarioFailure("\(url.path): cannot read the expected import result: \(error.localizedDescription)")
        }
        do {
            guard case .array(let records) = try JSONValue(parsing: data) else {
                throw ScenarioFailure("\(url.path): $: expected a JSON array of records")
            }
            return records
        } catch let error as JSONParseError {
            throw ScenarioFailure("\(url.path): not valid JSON: \(error)")
        }
    }
}
