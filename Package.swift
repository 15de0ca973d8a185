// swift-tools-version:6.0
// tipdiff: parse, diff, annotate and report on Trafficking in Persons report editions.
import PackageDescription

let package = Package(
    name: "tipdiff",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tipdiff", targets: ["tipdiff"]),
        .library(name: "TIPKit", targets: ["TIPModel", "TIPParsing", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPReport", "TIPTiers", "TIPSeries"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C libraries, reached only through TIPXML.
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CLibXSLT", path: "Sources/CLibXSLT", pkgConfig: "libxslt",
            providers: [.apt(["libxslt1-dev"])]),
        .target(name: "TIPXML", dependencies: ["CLibXML2", "CLibXSLT"]),

        // The engine, one concern a target.
        .target(name: "TIPModel"),
        .target(name: "TIPParsing", dependencies: ["TIPModel", "TIPXML"]),
        .target(name: "TIPStatistics", dependencies: ["TIPModel"]),
        .target(name: "TIPDiff", dependencies: ["TIPModel", "TIPStatistics"]),
        .target(name: "TIPTiers", dependencies: ["TIPModel"]),
        .target(name: "TIPSeries", dependencies: ["TIPModel", "TIPStatistics", "TIPDiff", "TIPTiers"]),
        .target(
            name: "TIPAnnotations",
            dependencies: ["TIPModel", "TIPStatistics", "TIPDiff", .product(name: "Yams", package: "Yams")]),

        .target(
            name: "TIPReport",
            dependencies: ["TIPModel", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPXML"],
            resources: [.copy("Resources")]),

        // The command line only wires the engine together.
        .executableTarget(
            name: "tipdiff",
            dependencies: [
                "TIPModel", "TIPParsing", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPReport", "TIPTiers", "TIPSeries",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "TIPParsingTests", dependencies: ["TIPParsing", "TIPModel"], exclude: ["Fixtures"]),
        .testTarget(name: "TIPStatisticsTests", dependencies: ["TIPStatistics", "TIPParsing", "TIPModel"]),
        .testTarget(name: "TIPDiffTests", dependencies: ["TIPDiff", "TIPStatistics", "TIPParsing", "TIPModel"]),
        .testTarget(name: "TIPAnnotationsTests", dependencies: ["TIPAnnotations", "TIPDiff", "TIPParsing", "TIPModel"]),
        .testTarget(name: "TIPReportTests", dependencies: ["TIPReport", "TIPXML", "TIPAnnotations", "TIPDiff", "TIPParsing", "TIPModel"]),
        .testTarget(name: "TIPTiersTests", dependencies: ["TIPTiers", "TIPModel"]),
        .testTarget(name: "TIPSeriesTests", dependencies: ["TIPSeries", "TIPParsing", "TIPModel"]),
        .testTarget(name: "CommandLineTests", dependencies: ["tipdiff"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
