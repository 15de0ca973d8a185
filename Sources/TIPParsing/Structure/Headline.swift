import Foundation
import TIPModel

/// Phrases that open a narrative.
enum Headline {
    /// The headline's formula: "... does not fully meet the minimum standards for the elimination of trafficking ...".
    static func isHeadline(_ paragraph: String) -> Bool {
        // A plain search first: regular expressions are costly and most paragraphs are not headlines.
        let mentions =
            ByteSearch.isCaseFoldSafe(paragraph)
            ? ByteSearch.containsIgnoringASCIICase(paragraph, "minimum standards")
            : paragraph.range(of: "minimum standards", options: .caseInsensitive) != nil
        guard mentions else { return false }
        return paragraph.firstMatch(of: Patterns.minimumStandards) != nil
    }

    /// The profile paragraph that older editions put first ("Cuba is a source, transit, and destination country ...").
    static func isProfileOpening(_ paragraph: String) -> Bool {
        guard paragraph.contains("country") || paragraph.hasPrefix("As reported") else { return false }
        return paragraph.firstMatch(of: Patterns.profileOpening) != nil
            || paragraph.hasPrefix("As reported over the past five years")
    }
}
