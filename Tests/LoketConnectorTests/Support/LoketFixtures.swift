import ConnectorRuntime
import Foundation
import UnderstudyCore

/// Paths and values shared by the Loket connector tests.
enum LoketFixtures {
    static let seedEmployer = "Understudy Demo B.V."
    static let seedRefreshToken = "loket-demo-refresh-token"

    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Stubs/`.
    static var stubsRoot: URL { packageRoot.appendingPathComponent("Stubs") }

    /// The expected import result `Tests/Fixtures/loket/<file>`.
    static func expected(_ file: String) throws -> [JSONValue] {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/loket/\(file)"))
        return try JSONValue(parsing: data).arrayValue ?? []
    }

    /// A connector configuration for the demo client against `baseURL`.
    static func configuration(baseURL: String, employer: String = seedEmployer, refreshToken: String = seedRefreshToken) -> JSONValue {
        [
            "Client_Id": "understudy-demo", "Client_Secret": "", "refresh_token": .string(refreshToken), "Environment": "Production",
            "employer": .string(employer), "apiBaseUrl": .string(baseURL), "tokenUrl": .string(baseURL + "/token"),
        ]
    }
}
