/// The engine's steps on the seed, in process: parsing, statistics, comparing two editions, the word diff
/// of a long sentence. Wall clock, CPU and allocations per run; `swift package benchmark` in Benchmarks/.
import Benchmark
import Foundation
import TIPDiff
import TIPModel
import TIPParsing
import TIPStatistics

/// The repository's top folder, from this file's path.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let seedBytes = Array((try? Data(contentsOf: root.appendingPathComponent("Reports/2025/cuba.txt"))) ?? Data())
let olderBytes = Array(
    String(decoding: seedBytes, as: UTF8.self).replacingOccurrences(of: "investigated 14 domestic", with: "investigated 9 domestic")
        .replacingOccurrences(of: "regime", with: "government").utf8)

func edition(_ bytes: [UInt8], year: Int) -> Edition {
    // The seed parses (the test suite pins it); a failure here is a broken checkout.
    guard let edition = try? EditionLoader().edition(from: bytes, path: "Reports/\(year)/cuba.txt", format: .text) else {
        fatalError("cannot parse Reports/2025/cuba.txt")
    }
    return edition
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(3))

    Benchmark("parse the seed narrative") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(edition(seedBytes, year: 2025)) }
    }

    let seed = edition(seedBytes, year: 2025)
    let older = edition(olderBytes, year: 2024)
    Benchmark("extract the seed's statistics") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(StatisticsExtractor().statistics(in: seed)) }
    }

    Benchmark("compare two editions") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Differ().compare(older, seed)) }
    }

    let words = (0..<5_000).map { ["forced", "labor", "victims", "regime", "workers", "the"][($0 * 7) % 6] }
    let old = words.joined(separator: " ")
    let new = words.enumerated().map { $0.offset % 50 == 0 ? "changed" : $0.element }.joined(separator: " ")
    Benchmark("word diff of a 5,000-word sentence") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(WordDiff.edits(old, new)) }
    }
}
