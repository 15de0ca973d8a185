/// Phrases that open a narrative.
import Foundation
import TIPModel

enum Headline {
    /// The headline's formula: "... does not fully meet the minimum standards for the elimination of trafficking ...".
    static func isHeadline(_ paragraph: String) -> Bool {
        // A plain search first: regular expressions are costly and most paragraphs are not headlines.
        guard paragraph.range(of: "minimum standards", options: .caseInsensitive) != nil else { return false }
        return paragraph.firstMatch(of: /(?i)(?:fully|not)\s+(?:meets?|compl(?:y|ies)\s+with)\s+the\s+minimum\s+standards/) != nil
    }

    /// The profile paragraph that older editions put first ("Cuba is a source, transit, and destination country ...").
    static func isProfileOpening(_ paragraph: String) -> Bool {
        guard paragraph.contains("country") || paragraph.hasPrefix("As reported") else { return false }
        return paragraph.firstMatch(
            of:
                /(?i)is\s+(?:a|primarily\s+a)\s+(?:source|transit|destination)(?:[,\s]+(?:and\s+|or\s+)?(?:source|transit|destination))*\s+country/
        ) != nil
            || paragraph.hasPrefix("As reported over the past five years")
    }
}
