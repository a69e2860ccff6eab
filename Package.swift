// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Understudy",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "UnderstudyCore", targets: ["UnderstudyCore"]),
        .library(name: "MicroHTTP", targets: ["MicroHTTP"]),
        .library(name: "Stubbing", targets: ["Stubbing"]),
        .library(name: "ContractTesting", targets: ["ContractTesting"]),
        .library(name: "EmulatorCore", targets: ["EmulatorCore"]),
        .library(name: "Net2Emulator", targets: ["Net2Emulator"]),
        .library(name: "ConnectorRuntime", targets: ["ConnectorRuntime"]),
        .library(name: "Hosting", targets: ["Hosting"]),
        .library(name: "Net2Connector", targets: ["Net2Connector"]),
        .library(name: "LoketConnector", targets: ["LoketConnector"]),
        .library(name: "Recording", targets: ["Recording"]),
        .library(name: "Harness", targets: ["Harness"]),
        .library(name: "LoketEmulator", targets: ["LoketEmulator"]),
        .executable(name: "understudy", targets: ["understudy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"]), .brew(["libmicrohttpd"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        .target(
            name: "UnderstudyCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "MicroHTTP",
            dependencies: ["CMicroHTTPD", "UnderstudyCore", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Stubbing",
            dependencies: ["UnderstudyCore", "MicroHTTP", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "ContractTesting",
            dependencies: ["UnderstudyCore", "MicroHTTP", "Stubbing"]
        ),
        .target(
            name: "EmulatorCore",
            dependencies: ["UnderstudyCore", "MicroHTTP"],
            path: "Sources/Emulators/Core"
        ),
        .target(
            name: "Net2Emulator",
            dependencies: ["EmulatorCore", "UnderstudyCore", "MicroHTTP"],
            path: "Sources/Emulators/Net2"
        ),
        .target(
            name: "Hosting",
            dependencies: ["UnderstudyCore", "MicroHTTP", "Stubbing", "EmulatorCore", "Net2Emulator", "LoketEmulator",
                           .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "ConnectorRuntime",
            dependencies: ["UnderstudyCore"],
            path: "Sources/Connectors/Runtime"
        ),
        .target(
            name: "Net2Connector",
            dependencies: ["ConnectorRuntime", "UnderstudyCore", .product(name: "SwiftCSV", package: "SwiftCSV")],
            path: "Sources/Connectors/Net2"
        ),
        .target(
            name: "LoketConnector",
            dependencies: ["ConnectorRuntime", "UnderstudyCore"],
            path: "Sources/Connectors/Loket"
        ),
        .target(
            name: "Recording",
            dependencies: ["CCurl", "UnderstudyCore", "MicroHTTP", "Stubbing", "ContractTesting", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Harness",
            dependencies: [
                "UnderstudyCore", "MicroHTTP", "Stubbing", "ContractTesting", "EmulatorCore", "Hosting",
                "ConnectorRuntime", "Net2Connector", "LoketConnector", "LoketEmulator", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "LoketEmulator",
            dependencies: ["EmulatorCore", "UnderstudyCore", "MicroHTTP"],
            path: "Sources/Emulators/Loket"
        ),
        .target(
            name: "UnderstudyCLI",
            dependencies: [
                "UnderstudyCore", "MicroHTTP", "Stubbing", "ContractTesting", "EmulatorCore", "Net2Emulator", "Hosting",
                "LoketEmulator", "ConnectorRuntime", "Net2Connector", "LoketConnector", "Recording", "Harness",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "understudy", dependencies: ["UnderstudyCLI"]),
        .target(name: "UnderstudyTestSupport", path: "Tests/Support"),
        .testTarget(name: "UnderstudyCoreTests", dependencies: ["UnderstudyCore"]),
        .testTarget(name: "MicroHTTPTests", dependencies: ["UnderstudyTestSupport", "MicroHTTP", "UnderstudyCore"]),
        .testTarget(name: "StubbingTests", dependencies: ["Stubbing", "MicroHTTP", "UnderstudyCore", .product(name: "Logging", package: "swift-log")], exclude: ["Fixtures"]),
        .testTarget(name: "ContractTestingTests", dependencies: ["ContractTesting", "UnderstudyCore", "MicroHTTP", "Stubbing", "Hosting", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "EmulatorCoreTests", dependencies: ["EmulatorCore", "UnderstudyCore", "MicroHTTP"]),
        .testTarget(name: "Net2EmulatorTests", dependencies: ["Net2Emulator", "EmulatorCore", "UnderstudyCore", "MicroHTTP"]),
        .testTarget(name: "HostingTests", dependencies: ["Hosting", "MicroHTTP", "Stubbing", "UnderstudyCore", "Net2Emulator", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "ConnectorRuntimeTests", dependencies: ["ConnectorRuntime", "UnderstudyCore", "MicroHTTP"]),
        .testTarget(name: "Net2ConnectorTests", dependencies: ["Net2Connector", "ConnectorRuntime", "UnderstudyCore", "MicroHTTP", "Net2Emulator", "Hosting", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "LoketConnectorTests", dependencies: ["UnderstudyTestSupport", "LoketConnector", "ConnectorRuntime", "UnderstudyCore", "MicroHTTP", "LoketEmulator", "Hosting"]),
        .testTarget(name: "RecordingTests", dependencies: ["UnderstudyTestSupport", "Recording", "MicroHTTP", "Stubbing", "ContractTesting", "UnderstudyCore", "Hosting", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "HarnessTests", dependencies: ["Harness", "ConnectorRuntime", "EmulatorCore", "Hosting", "Stubbing", "ContractTesting", "MicroHTTP", "UnderstudyCore"]),
        .testTarget(name: "LoketEmulatorTests", dependencies: ["LoketEmulator", "EmulatorCore", "UnderstudyCore", "MicroHTTP"]),
        .testTarget(name: "UnderstudyCLITests", dependencies: ["UnderstudyTestSupport", "UnderstudyCLI", "understudy", "MicroHTTP", "UnderstudyCore"]),
    ]
)
