import TIPModel
import TIPSupport

/// A readable outline of an edition: country, year, tier and movement, each section with its verdict and counts.
public enum Outline {
    public static func render(_ edition: Edition) -> String {
        var lines: [String] = []
        let year = edition.reportYear.map(String.init) ?? "year unknown"
        lines.append(
            "\(edition.country) \(year) (\(edition.source.path), \(edition.source.format.rawValue), sha256 \(edition.source.sha256.prefix(12)))"
        )
        let tier = edition.tier
        var placement = "tier: \(tier.placement.rawValue), \(tier.movement.rawValue)"
        if let years = tier.consecutiveYears { placement += ", \(years) consecutive years" }
        if tier.waiver { placement += ", waiver granted" }
        placement += tier.policyOrPattern ? ", policy or pattern found" : ", no policy or pattern finding"
        lines.append(placement)
        lines.append("sections:")
        for section in edition.sections {
            let sentences = section.sentences.count
            var line = "  \(section.kind.rawValue.padded(16))"
            line += (section.heading.map { "\"\($0)\"" } ?? "(no heading)").padded(42)
            line += (section.verdictPhrase.map { "verdict: \($0)" } ?? "").padded(20)
            line += "\(section.paragraphs.count) paragraphs, \(sentences) sentences"
            lines.append(line.trimmingTrailingSpaces)
        }
        lines.append("recommendations: \(edition.recommendations.count)")
        for (index, recommendation) in edition.recommendations.enumerated() {
            lines.append("  \(index + 1). \(recommendation.text.truncated(to: 90))")
        }
        return lines.joined(separator: "\n")
    }
}
