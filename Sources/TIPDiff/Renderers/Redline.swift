import TIPModel
import TIPStatistics

/// The diff as a redline for a terminal: per country the tier, each section's verdict and sentence changes,
/// statistics with deltas, repeated rewordings and recommendations; summary counts last.
public struct Redline: ChangeWalker {
    private let style: RedlineStyle
    private var lines: [String] = []

    /// The whole comparison as text.
    public static func render(_ comparison: Comparison, style: RedlineStyle) -> String {
        var walker = Redline(style: style)
        walker.visit(comparison)
        return walker.lines.joined(separator: "\n")
    }

    private init(style: RedlineStyle) { self.style = style }

    public mutating func visitComparison(_ comparison: Comparison) {
        for country in comparison.notCompared { lines.append("  not compared: \(country.country) (\(country.reason); \(country.path))") }
        descend(into: comparison)
        let counts = comparison.summary.map { ($0.kind.rawValue, $0.count) }.sorted { $0.0 < $1.0 }.map { "\($0.1) \($0.0)" }
        lines.append("")
        lines.append("summary: " + (counts.isEmpty ? "no changes" : counts.joined(separator: ", ")))
    }

    public mutating func visitCountry(_ country: CountryComparison) {
        if !lines.isEmpty { lines.append("") }
        let years = "\(country.oldYear.map(String.init) ?? "?") → \(country.newYear.map(String.init) ?? "?")"
        lines.append(
            style.heading.0 + "\(country.country) \(years)" + style.heading.1
                + "  (\(country.old.edition.source.path) → \(country.new.edition.source.path))")
        if country.changes.isEmpty { lines.append("  no changes") }
        descend(into: country)
        // Restatements are no change, but a reader checking figures wants to see they were looked at.
        if !country.restated.isEmpty {
            let figures = country.restated.map { "\($0.new?.text ?? "") (\($0.new?.resolvedPeriod ?? "?"))" }
            lines.append("  restated unchanged (\(country.restated.count)): " + figures.joined(separator: ", "))
        }
    }

    /// A section with changes: its heading, then its changes.
    public mutating func visitSection(_ section: SectionComparison) {
        guard !section.changes.isEmpty else { return }
        lines.append(style.heading.0 + "  \(section.kind.rawValue.uppercased())" + style.heading.1)
        descend(into: section)
    }

    public mutating func visitCountryChange(_ change: Identified<CountryChange>) {
        lines.append(
            change.presence == .added ? "+ country \(change.country) (\(change.path))" : "- country \(change.country) (\(change.path))")
    }

    public mutating func visitTier(_ change: Identified<TierChange>) {
        let wording = change.edits.map { "\n    " + style.mark($0) } ?? ""
        lines.append("  tier: \(change.oldSummary) → \(change.newSummary) (\(change.direction.rawValue))" + wording)
    }

    public mutating func visitEffort(_ change: Identified<EffortChange>) {
        lines.append("  effort: \(change.old?.rawValue ?? "not stated") → \(change.new?.rawValue ?? "not stated")")
    }

    public mutating func visitVerdict(_ change: Identified<VerdictChange>) {
        lines.append("    verdict: \(change.oldPhrase ?? "none") → \(change.newPhrase ?? "none")")
    }

    public mutating func visitSectionChange(_ change: Identified<SectionChange>) {
        lines.append("    \(change.presence == .added ? "+" : "-") section \(change.heading)")
    }

    public mutating func visitSentence(_ change: Identified<SentenceChange>) {
        let place = Self.place(change.oldIndex, change.newIndex)
        let span = (change.length ?? 1) > 1 ? " (\(change.length!) sentences)" : ""
        switch change.operation {
        case .added:
            lines.append("    + \(place)\(span) " + style.inserted.0 + (change.new ?? "") + style.inserted.1)
        case .removed:
            lines.append("    - \(place)\(span) " + style.deleted.0 + (change.old ?? "") + style.deleted.1)
        case .modified:
            lines.append("    ~ \(place) " + style.mark(change.edits ?? []))
        case .moved:
            let from = change.oldSection.map { " from \($0.rawValue)" } ?? ""
            let text = change.edits.map(style.mark) ?? (change.new ?? "")
            lines.append("    > " + style.moved.0 + "moved\(from) \(place)\(span)" + style.moved.1 + " " + text)
        }
    }

    public mutating func visitFormat(_ change: Identified<FormatChange>) {
        lines.append(
            "    = \(Self.place(change.oldIndex, change.newIndex)) \"\(change.old)\" written \"\(change.new)\" (same value)")
    }

    public mutating func visitTerm(_ change: Identified<TermChange>) {
        lines.append("  term: \"\(change.old)\" → \"\(change.new)\" in \(change.count) places")
    }

    public mutating func visitStatistic(_ change: Identified<StatisticChange>) {
        // A figure for an earlier period, given for comparison, is its own row, never beside the current one.
        let period = (change.new ?? change.old)?.period.map { ", " + $0 } ?? ""
        let label = "    statistic \(change.label) [\(change.key)]" + (change.prior ? " (earlier period\(period))" : "")
        let figures = "\(ChangeNumbers.figure(change.old, of: change.payload)) → \(ChangeNumbers.figure(change.new, of: change.payload))"
        switch change.operation {
        case .changed:
            lines.append(label + ": " + figures + " (\(ChangeNumbers.delta(change.payload)))")
        case .added:
            lines.append(label + ": + \(change.new?.text ?? "")")
        case .removed:
            lines.append(label + ": - \(change.old?.text ?? "")")
        case .revised:
            lines.append(label + ": revised for \(change.new?.resolvedPeriod ?? "the same period"): " + figures)
        case .restated:
            lines.append(label + ": restated \(change.new?.text ?? "")")
        case .redefined:
            let sources = "\(change.old?.source ?? "?") → \(change.new?.source ?? "?")"
            lines.append(label + ": counted by another source (\(sources)), not compared: " + figures)
        }
    }

    public mutating func visitRecommendation(_ change: Identified<RecommendationChange>) {
        switch change.operation {
        case .added: lines.append("    recommendation + " + style.inserted.0 + (change.new ?? "") + style.inserted.1)
        case .removed: lines.append("    recommendation - " + style.deleted.0 + (change.old ?? "") + style.deleted.1)
        case .reworded: lines.append("    recommendation ~ " + style.mark(change.edits ?? []))
        }
    }

    /// "[3→5]", "[-→2]"
    private static func place(_ a: Int?, _ b: Int?) -> String {
        "[\(a.map(String.init) ?? "-")→\(b.map(String.init) ?? "-")]"
    }
}
