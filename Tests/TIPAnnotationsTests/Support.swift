/// The seed and edited copies of it, for placing notes.
import Foundation
import TIPModel
import TIPParsing

enum Seed {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let text = (try? String(contentsOfFile: root.appendingPathComponent("Reports/2025/cuba.txt").path, encoding: .utf8)) ?? ""

    static func edition(_ text: String = Seed.text, year: Int = 2025) throws -> Edition {
        try EditionLoader().edition(from: Array(text.utf8), path: "Reports/\(year)/cuba.txt", format: .text)
    }
}

func temporaryFile(_ name: String, _ contents: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-notes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

extension String {
    func replacingOnce(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { fatalError("fixture edit: \"\(target)\" is not in the text") }
        return replacingCharacters(in: range, with: replacement)
    }
}
