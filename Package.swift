// swift-tools-version:6.0
// tipdiff: parse, diff, annotate and report on Trafficking in Persons report editions.
import PackageDescription

let package = Package(
    name: "tipdiff",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tipdiff", targets: ["tipdiff"]),
        .library(
            name: "TIPKit",
            targets: [
                "TIPSupport", "TIPModel", "TIPParsing", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPReport", "TIPTierTables", "TIPTimelines",
                "TIPReportsFolder", "TIPJobs", "TIPHistory",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C libraries, reached only through TIPXML.
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CLibXSLT", path: "Sources/CLibXSLT", pkgConfig: "libxslt",
            providers: [.apt(["libxslt1-dev"])]),
        .target(name: "TIPXML", dependencies: ["CLibXML2", "CLibXSLT", "TIPModel", "TIPSupport"]),
        .systemLibrary(
            name: "CPoppler", path: "Sources/CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]),
        // A PDF's text in reading order: poppler's glyphs into lines, furniture and footnotes out, paragraphs.
        .target(name: "TIPPDF", dependencies: ["CPoppler", "TIPModel", "TIPSupport"]),

        // The engine, one concern a target.
        // Utilities every module shares, by concern: files (atomic writes, safe reads), text (escaping, CSV), concurrency, hashing.
        .target(name: "TIPSupport", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The edition as values, and Diagnostic, the one shape of every error.
        .target(name: "TIPModel", dependencies: ["TIPSupport"]),
        .target(name: "TIPParsing", dependencies: ["TIPModel", "TIPSupport", "TIPXML", "TIPPDF"]),
        .target(name: "TIPStatistics", dependencies: ["TIPModel", "TIPSupport"]),
        .target(name: "TIPDiff", dependencies: ["TIPModel", "TIPSupport", "TIPStatistics"]),
        .target(name: "TIPTierTables", dependencies: ["TIPModel", "TIPSupport"], resources: [.copy("Resources/tiers")]),
        .target(name: "TIPTimelines", dependencies: ["TIPModel", "TIPSupport", "TIPStatistics", "TIPDiff", "TIPTierTables"]),
        // The archive as a series: each sentence's lineage across a country's editions.
        .target(name: "TIPHistory", dependencies: ["TIPModel", "TIPSupport", "TIPStatistics", "TIPDiff", "TIPTimelines"]),
        // A reports folder as a whole: its years, the editions of a country, countries matched through the alias table.
        .target(name: "TIPReportsFolder", dependencies: ["TIPModel", "TIPSupport", "TIPParsing", "TIPTierTables"]),
        // Review in the browser: the report page served on loopback, notes added and edited through the writers.
        .target(
            name: "TIPReview",
            dependencies: [
                "TIPModel", "TIPSupport", "TIPDiff", "TIPAnnotations", "TIPReport",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]),
        // The archive as a dataset: one SQLite file (GRDB over the system's SQLite, FTS5) and a panel CSV.
        .target(
            name: "TIPDataset",
            dependencies: [
                "TIPModel", "TIPSupport", "TIPParsing", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPTierTables", "TIPReportsFolder", "TIPTimelines",
                "TIPHistory", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(
            name: "TIPAnnotations",
            dependencies: ["TIPModel", "TIPSupport", "TIPStatistics", "TIPDiff", .product(name: "Yams", package: "Yams")]),

        .target(
            name: "TIPReport",
            dependencies: [
                "TIPModel", "TIPSupport", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPXML", .product(name: "Ink", package: "Ink"),
            ],
            resources: [.copy("Resources")]),

        // The report as a Word document (WordprocessingML parts through TIPXML, zipped with ZIPFoundation), and the
        // comparison chart to cite.
        .target(
            name: "TIPWord",
            dependencies: [
                "TIPModel", "TIPSupport", "TIPDiff", "TIPAnnotations", "TIPReport", "TIPXML",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),

        // The jobs floor: each job (report, diff, export, review, annotate, timeline) planned and run over a reports
        // folder and a notes set, with the rules they share (which countries are read, where outputs go).
        .target(
            name: "TIPJobs",
            dependencies: [
                "TIPModel", "TIPSupport", "TIPPDF", "TIPParsing", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPReport", "TIPTierTables",
                "TIPReportsFolder", "TIPTimelines", "TIPDataset", "TIPWord", "TIPHistory",
            ]),

        // The command line only wires the engine together.
        .executableTarget(
            name: "tipdiff",
            dependencies: [
                "TIPModel", "TIPSupport", "TIPParsing", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPReport", "TIPTierTables", "TIPTimelines", "TIPReportsFolder",
                "TIPDataset", "TIPPDF", "TIPReview", "TIPJobs", "TIPHistory", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ]),

        // libFuzzer harnesses (Tools/fuzz.sh builds them with -sanitize=fuzzer,address).
        .executableTarget(
            name: "tipdiff-fuzz", dependencies: ["TIPModel", "TIPParsing", "TIPStatistics", "TIPDiff", "TIPAnnotations", "TIPPDF", "TIPReview"],
            path: "Tools/Fuzz"),

        // Fixtures every test target shares: the seed, the illustrative pair, edited copies.
        .target(
            name: "TIPTestSupport", dependencies: ["TIPModel", "TIPParsing", .product(name: "Yams", package: "Yams")],
            path: "Tests/TIPTestSupport"),
        .testTarget(
            name: "TIPParsingTests", dependencies: ["TIPTestSupport", "TIPParsing", "TIPPDF", "TIPModel", "TIPSupport", "TIPStatistics"],
            exclude: ["Fixtures"]),
        .testTarget(name: "TIPStatisticsTests", dependencies: ["TIPTestSupport", "TIPStatistics", "TIPParsing", "TIPModel"]),
        .testTarget(
            name: "TIPDiffTests",
            dependencies: [
                "TIPTestSupport", "TIPDiff", "TIPStatistics", "TIPParsing", "TIPModel", "TIPSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(name: "TIPAnnotationsTests", dependencies: ["TIPTestSupport", "TIPAnnotations", "TIPDiff", "TIPParsing", "TIPModel"]),
        .testTarget(
            name: "TIPReportTests",
            dependencies: ["TIPTestSupport", "TIPReport", "TIPReportsFolder", "TIPXML", "TIPAnnotations", "TIPDiff", "TIPParsing", "TIPModel", "TIPSupport"]),
        .testTarget(
            name: "TIPJobsTests",
            dependencies: [
                "TIPTestSupport", "TIPJobs", "TIPReport", "TIPReportsFolder", "TIPAnnotations", "TIPDiff", "TIPParsing", "TIPModel", "TIPSupport", "TIPDataset", "TIPXML",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "TIPDatasetTests",
            dependencies: [
                "TIPTestSupport", "TIPDataset", "TIPHistory", "TIPReportsFolder", "TIPDiff", "TIPModel", "TIPSupport", "TIPParsing", "TIPStatistics", "TIPTierTables",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "TIPReviewTests",
            dependencies: [
                "TIPTestSupport", "TIPReview", "TIPReport", "TIPJobs", "TIPReportsFolder", "TIPAnnotations", "TIPDiff", "TIPModel",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        .testTarget(
            name: "TIPWordTests",
            dependencies: [
                "TIPTestSupport", "TIPWord", "TIPReport", "TIPXML", "TIPAnnotations", "TIPDiff", "TIPParsing", "TIPModel", "TIPSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(name: "TIPTierTablesTests", dependencies: ["TIPTierTables", "TIPModel"]),
        .testTarget(name: "TIPHistoryTests", dependencies: ["TIPTestSupport", "TIPHistory", "TIPJobs", "TIPTimelines", "TIPSupport", "TIPReportsFolder", "TIPParsing", "TIPModel"]),
        .testTarget(name: "TIPTimelinesTests", dependencies: ["TIPTestSupport", "TIPTimelines", "TIPTierTables", "TIPParsing", "TIPModel", "TIPSupport"]),
        .testTarget(
            name: "CommandLineTests", dependencies: ["tipdiff", "TIPTestSupport", .product(name: "GRDB", package: "GRDB.swift")], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
