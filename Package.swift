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
        .library(name: "LoketEmulator", targets: ["LoketEmulator"]),
        .executable(name: "understudy", targets: ["understudy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"]), .brew(["libmicrohttpd"])]
        ),
        .target(
            name: "UnderstudyCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "MicroHTTP",
            dependencies: ["CMicroHTTPD", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Stubbing",
            dependencies: ["UnderstudyCore", "MicroHTTP", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "ContractTesting",
            dependencies: ["UnderstudyCore", "MicroHTTP"]
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
            name: "LoketEmulator",
            dependencies: ["EmulatorCore", "UnderstudyCore", "MicroHTTP"],
            path: "Sources/Emulators/Loket"
        ),
        .target(
            name: "UnderstudyCLI",
            dependencies: [
                "UnderstudyCore", "MicroHTTP", "Stubbing", "ContractTesting", "EmulatorCore", "Net2Emulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "understudy", dependencies: ["UnderstudyCLI"]),
        .testTarget(name: "UnderstudyCoreTests", dependencies: ["UnderstudyCore"]),
        .testTarget(name: "MicroHTTPTests", dependencies: ["MicroHTTP"]),
        .testTarget(name: "StubbingTests", dependencies: ["Stubbing", "MicroHTTP", "UnderstudyCore"]),
        .testTarget(name: "ContractTestingTests", dependencies: ["ContractTesting", "UnderstudyCore", "MicroHTTP"]),
        .testTarget(name: "EmulatorCoreTests", dependencies: ["EmulatorCore", "UnderstudyCore", "MicroHTTP"]),
        .testTarget(name: "Net2EmulatorTests", dependencies: ["Net2Emulator", "EmulatorCore", "UnderstudyCore", "MicroHTTP"]),
        .testTarget(name: "LoketEmulatorTests", dependencies: ["LoketEmulator", "EmulatorCore", "UnderstudyCore", "MicroHTTP"]),
        .testTarget(name: "UnderstudyCLITests", dependencies: ["UnderstudyCLI", "MicroHTTP", "UnderstudyCore"]),
    ]
)
