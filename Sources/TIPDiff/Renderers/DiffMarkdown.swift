import TIPModel
import TIPSupport

/// The diff as a Markdown change summary to paste into an issue or an e-mail: counts first, then per
/// country the headline facts (tier, verdicts, biggest statistic changes, recommendations, rewordings).
public struct DiffMarkdown: ChangeWalker {
    private var lines: [String] = []
    private var countryCount = 0
    /// What one country's facts are built from, beside its tier, effort and terms: gathered while walking its
    /// changes in reading order.
    private var verdicts: [VerdictChange] = []
    private var statistics: [StatisticChange] = []
    private var recommendations: [RecommendationChange] = []
    private var wording: [ChangeKind: Int] = [:]

    /// The whole comparison as Markdown, ending with a newline.
    public static func render(_ comparison: Comparison) -> String {
        var walker = DiffMarkdown()
        walker.visit(comparison)
        return walker.lines.joined(separator: "\n") + "\n"
    }

    public mutating func visitComparison(_ comparison: Comparison) {
        countryCount = comparison.countries.count
        let title =
            countryCount == 1
            ? "\(comparison.countries[0].country): \(comparison.countries[0].oldYear.map(String.init) ?? "?") → \(comparison.countries[0].newYear.map(String.init) ?? "?")"
            : "\(countryCount) countries compared"
        lines.append("# Changes: \(MarkdownText.escaped(title))")
        lines.append("")
        lines.append("| change | count |")
        lines.append("|---|---:|")
        let summary = comparison.summary
        for (kind, count) in summary { lines.append("| \(kind.rawValue) | \(count) |") }
        if summary.isEmpty { lines.append("| (none) | 0 |") }
        if !comparison.notCompared.isEmpty {
            lines.append("")
            lines.append(
                "**Not compared (\(comparison.notCompared.count)):** "
                    + comparison.notCompared.map {
                        "\(MarkdownText.escaped($0.country)) (\($0.reason))"
                    }.joined(separator: ", "))
        }
        descend(into: comparison)
    }

    public mutating func visitCountryChange(_ change: Identified<CountryChange>) {
        lines.append("")
        let label = change.presence == .added ? "New country" : "Left the report (the tier tables no longer place it)"
        lines.append("- **\(label):** \(MarkdownText.escaped(change.country))")
    }

    public mutating func visitCountry(_ country: CountryComparison) {
        (verdicts, statistics, recommendations, wording) = ([], [], [], [:])
        descend(into: country)
        lines.append("")
        if countryCount > 1 {
            lines.append("## \(MarkdownText.escaped(country.country))")
            lines.append("")
        }
        if let tier = country.tier {
            lines.append("- **Tier:** \(tier.oldSummary) → \(tier.newSummary) (\(tier.direction.rawValue))")
        } else {
            lines.append("- **Tier:** unchanged")
        }
        if let effort = country.effort {
            lines.append("- **Effort finding:** \(effort.old?.rawValue ?? "not stated") → \(effort.new?.rawValue ?? "not stated")")
        }
        for verdict in verdicts {
            let name = verdict.section.rawValue.prefix(1).uppercased() + verdict.section.rawValue.dropFirst()
            lines.append("- **\(name) verdict:** \(verdict.oldPhrase ?? "none") → \(verdict.newPhrase ?? "none")")
        }
        let biggest = statistics.sorted { (abs($0.percentChange ?? 0), $1.key) > (abs($1.percentChange ?? 0), $0.key) }
        if !biggest.isEmpty {
            lines.append("- **Biggest statistic changes:**")
            for change in biggest.prefix(5) {
                lines.append(
                    "  - \(MarkdownText.escaped(change.label)) (`\(change.key)`): \(ChangeNumbers.figure(change.old, of: change)) → \(ChangeNumbers.figure(change.new, of: change)) (\(ChangeNumbers.delta(change)))"
                )
            }
        }
        for (operation, label) in [(RecommendationChange.Operation.added, "New recommendation"), (.removed, "Dropped recommendation")] {
            for change in recommendations where change.operation == operation {
                lines.append("- **\(label):** \(MarkdownText.escaped(change.new ?? change.old ?? ""))")
            }
        }
        for term in country.terms {
            lines.append(
                "- **Wording:** \"\(MarkdownText.escaped(term.old))\" → \"\(MarkdownText.escaped(term.new))\" throughout (\(term.count) places)"
            )
        }
        let counted = [ChangeKind.sentenceModified, .sentenceAdded, .sentenceRemoved, .sentenceMoved, .recommendationReworded]
            .compactMap { kind in wording[kind].map { "\($0) \(kind.rawValue)" } }
        if !counted.isEmpty { lines.append("- **Other wording changes:** " + counted.joined(separator: ", ")) }
    }

    public mutating func visitVerdict(_ change: Identified<VerdictChange>) { verdicts.append(change.payload) }

    public mutating func visitStatistic(_ change: Identified<StatisticChange>) {
        // The summary ranks current figures only; earlier-period ones are the previous edition's business.
        if change.operation == .changed && !change.prior { statistics.append(change.payload) }
    }

    public mutating func visitSentence(_ change: Identified<SentenceChange>) {
        wording[change.kind, default: 0] += 1
    }

    public mutating func visitRecommendation(_ change: Identified<RecommendationChange>) {
        recommendations.append(change.payload)
        if change.operation == .reworded { wording[.recommendationReworded, default: 0] += 1 }
    }
}
