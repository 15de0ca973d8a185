/// The verdict sentence that opens a section.
import Foundation
import TIPModel

public enum VerdictReader {
    /// The verdict and the section kind a sentence such as "The regime maintained prosecution efforts." states.
    public static func verdict(in sentence: String) -> (verdict: Verdict, kind: SectionKind)? {
        guard sentence.contains("efforts"), sentence.count <= 220,
            let match = sentence.firstMatch(of: Patterns.verdictSentence)
        else { return nil }
        let verdict = Verdict(rawValue: match.output.verdict.lowercased())!
        let area = match.output.area.lowercased()
        let kind: SectionKind =
            area.hasPrefix("protection") ? .protection : area.hasPrefix("prevention") ? .prevention : .prosecution
        return (verdict, kind)
    }
}
