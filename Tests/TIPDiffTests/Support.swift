/// Editions built from the seed with one kind of edit each, as real year-to-year changes look.
import Foundation
import TIPModel
import TIPParsing

enum Seed {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let text: String = {
        (try? String(contentsOfFile: root.appendingPathComponent("Reports/2025/cuba.txt").path, encoding: .utf8)) ?? ""
    }()

    /// The seed's text as an edition of `year` at a path of that year.
    static func edition(_ text: String = Seed.text, year: Int = 2025, country: String = "cuba") throws -> Edition {
        try EditionLoader().edition(from: Array(text.utf8), path: "Reports/\(year)/\(country).txt", format: .text)
    }
}

extension String {
    /// The text with `target` replaced once; fails loudly when the target is missing, so a test cannot
    /// pass on an edit that never happened.
    func replacingOnce(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { fatalError("fixture edit: \"\(target)\" is not in the text") }
        return replacingCharacters(in: range, with: replacement)
    }

    /// The text with two whole lines exchanged (each found by a prefix).
    func swappingLines(startingWith first: String, and second: String) -> String {
        var lines = components(separatedBy: "\n")
        guard let a = lines.firstIndex(where: { $0.hasPrefix(first) }), let b = lines.firstIndex(where: { $0.hasPrefix(second) })
        else { fatalError("fixture edit: lines not found") }
        lines.swapAt(a, b)
        return lines.joined(separator: "\n")
    }
}
