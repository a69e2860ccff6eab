import EmulatorCore
import Foundation
import LoketEmulator
import Logging
import MicroHTTP
import Net2Emulator
import Stubbing
import UnderstudyCore

/// Settings that shape the vendor emulators at startup (the CLI's `--net2-*` and `--loket-*`).
public struct VendorSettings: Sendable {
    /// Net2's MFA mode: `off`, `code:NNNNNN` or `totp:BASE32SECRET`.
    public var net2MFA: String?
    /// Net2's token-route rate limit, for example `2/1s`.
    public var net2TokenRate: String?
    /// The number of employees of Loket's generated employer (`Understudy Generated B.V.`), if any.
    public var loketEmployees: String?
    /// Loket's refresh-token rotation: `on` or `off`.
    public var loketRotation: String?

    /// Creates settings; `nil` keeps each emulator's default.
    public init(net2MFA: String? = nil, net2TokenRate: String? = nil, loketEmployees: String? = nil, loketRotation: String? = nil) {
        self.net2MFA = net2MFA
        self.net2TokenRate = net2TokenRate
        self.loketEmployees = loketEmployees
        self.loketRotation = loketRotation
    }
}

/// The vendors Understudy emulates, and how to build a listener for each.
public enum VendorCatalog {
    /// Every emulated vendor with its default port, in port order.
    public static let vendors: [(name: String, port: Int)] = [("loket", 8101), ("net2", 8103)]

    /// The default port of `vendor`, or `nil` when it is not emulated.
    public static func defaultPort(of vendor: String) -> Int? {
        vendors.first { $0.name == vendor }?.port
    }

    /// Builds the emulator for `vendor` from the seed data under `stubsRoot/<vendor>/data`.
    public static func emulator(
        _ vendor: String, stubsRoot: URL, settings: VendorSettings, clock: any Clock
    ) throws -> any VendorEmulator {
        switch vendor {
        case "net2":
            let configuration = try Net2Configuration(mfa: settings.net2MFA, tokenRate: settings.net2TokenRate)
            return try Net2Emulator(stubsDirectory: stubsRoot, configuration: configuration, clock: clock)
        case "loket":
            let configuration = try LoketConfiguration(employees: settings.loketEmployees, rotation: settings.loketRotation)
            return try LoketEmulator(stubsDirectory: stubsRoot, configuration: configuration, clock: clock)
        default:
            throw VendorCatalogError.unknownVendor(vendor, known: vendors.map(\.name))
        }
    }

    /// A listener for `vendor`: its stubs from `stubsDirectory`, or else `stubsRoot/<vendor>/`
    /// (when that folder has mappings), in front of its emulator.
    public static func listener(
        _ vendor: String, stubsRoot: URL, stubsDirectory: URL? = nil, settings: VendorSettings = VendorSettings(),
        configuration: HTTPServer.Configuration, options: StubServer.Options, logger: Logger
    ) throws -> Listener {
        let emulator = try emulator(vendor, stubsRoot: stubsRoot, settings: settings, clock: options.clock)
        let folder = stubsDirectory ?? stubsRoot.appendingPathComponent(vendor)
        let hasMappings = FileManager.default.fileExists(atPath: folder.appendingPathComponent("mappings").path)
        let stubs = try StubServer(
            directory: hasMappings ? folder : nil, options: options, logger: logger, backend: StubBackend(emulator: emulator))
        return Listener(name: vendor, stubs: stubs, emulator: emulator, configuration: configuration, logger: logger)
    }
}

/// Why a vendor could not be served.
public enum VendorCatalogError: Error, CustomStringConvertible, Equatable {
    /// No emulator has that name.
    case unknownVendor(String, known: [String])

    public var description: String {
        switch self {
        case .unknownVendor(let name, let known):
            return "unknown vendor '\(name)': Understudy emulates \(known.joined(separator: ", "))"
        }
    }
}
