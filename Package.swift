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
        .executable(name: "understudy", targets: ["understudy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"]), .brew(["libmicrohttpd"])]
        ),
        .target(name: "UnderstudyCore"),
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
            name: "UnderstudyCLI",
            dependencies: [
                "UnderstudyCore", "MicroHTTP", "Stubbing", "ContractTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "understudy", dependencies: ["UnderstudyCLI"]),
        .testTarget(name: "UnderstudyCoreTests", dependencies: ["UnderstudyCore"]),
        .testTarget(name: "MicroHTTPTests", dependencies: ["MicroHTTP"]),
        .testTarget(
            name: "StubbingTests",
            dependencies: ["Stubbing", "MicroHTTP", "UnderstudyCore"]
        ),
        .testTarget(name: "ContractTestingTests", dependencies: ["ContractTesting", "UnderstudyCore"]),
    ]
)
