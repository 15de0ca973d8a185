import Foundation
import TIPModel
import TIPParsing

/// Paths and helpers shared by the parsing tests.
enum Repository {
    /// The repository's top folder, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The seed edition, parsed.
    static func seed() throws -> Edition { try EditionLoader().edition(at: path("Reports/2025/cuba.txt")) }
}

enum Fixtures {
    static func path(_ name: String) -> String {
        Repository.path("Tests/TIPParsingTests/Fixtures/" + name)
    }
}

/// What two copies of one narrative must share whatever their layout: quotes folded, case of list items ignored.
struct Structure: Equatable, CustomStringConvertible {
    var country: String
    var tier: TierPlacement
    var sections: [String]
    var sentences: [String]
    var recommendations: [String]

    init(_ edition: Edition) {
        country = edition.country
        tier = edition.tier
        tier.statement = nil
        sections = edition.sections.map { "\($0.kind.rawValue):\($0.verdict?.rawValue ?? "-")" }
        sentences = edition.sections.filter { $0.kind != .recommendations }.flatMap(\.sentences).map { Self.fold($0.text) }
        recommendations = edition.recommendations.map {
            Self.fold($0.text).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
    }

    static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .replacingOccurrences(of: "’", with: "'").split(separator: " ").joined(separator: " ")
    }

    var description: String { "\(country) \(tier) \(sections) \(sentences.count) sentences \(recommendations.count) recommendations" }
}
