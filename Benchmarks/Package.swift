// swift-tools-version:6.1
// In-process benchmarks of tipdiff's engine with ordo-one/benchmark: `swift package benchmark` here.
// A package of its own, so that the tool's build and CI do not carry the benchmark framework.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which is whatever the checkout is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "tipdiff-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TIPBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TIPKit", package: root),
            ],
            path: "Benchmarks/TIPBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
