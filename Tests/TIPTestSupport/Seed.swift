import Foundation
import TIPModel
import TIPParsing

/// The shipped editions as test fixtures: the seed (the real 2025 Cuba narrative), the illustrative 2024
/// edition, and edited copies of the seed, as real year-to-year changes look.
public enum Seed {
    /// The repository's top folder, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The seed's text, verbatim.
    public static let text: String = {
        (try? String(contentsOfFile: root.appendingPathComponent("Reports/2025/cuba.txt").path, encoding: .utf8)) ?? ""
    }()

    /// A path inside the repository.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// `text` (by default the seed's) as an edition of `year` at `Reports/<year>/<country>.txt`.
    public static func edition(_ text: String = Seed.text, year: Int = 2025, country: String = "cuba") throws -> Edition {
        try EditionLoader().edition(from: Array(text.utf8), path: "Reports/\(year)/\(country).txt", format: .text)
    }

    /// The seed with a reworded sentence and a changed figure, as a 2024 edition.
    public static func edited() throws -> Edition {
        try edition(
            text
                .replacingOccurrences(of: "investigated 14 domestic", with: "investigated 9 domestic")
                .replacingOccurrences(of: "did not report having procedures", with: "did not report having any procedures"), year: 2024)
    }
}

/// A new file with `contents` in a fresh temporary folder; returns its path.
public func temporaryFile(_ name: String, _ contents: String) throws -> String {
    let folder = try TestFolders.folder("tipdiff-test")
    let path = folder.appendingPathComponent(name).path
    try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

extension String {
    /// The text with `target` replaced once; fails loudly when the target is missing, so a test cannot
    /// pass on an edit that never happened.
    public func replacingOnce(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { fatalError("fixture edit: \"\(target)\" is not in the text") }
        return replacingCharacters(in: range, with: replacement)
    }

    /// The text with two whole lines exchanged (each found by a prefix).
    public func swappingLines(startingWith first: String, and second: String) -> String {
        var lines = components(separatedBy: "\n")
        guard let a = lines.firstIndex(where: { $0.hasPrefix(first) }), let b = lines.firstIndex(where: { $0.hasPrefix(second) })
        else { fatalError("fixture edit: lines not found") }
        lines.swapAt(a, b)
        return lines.joined(separator: "\n")
    }
}
