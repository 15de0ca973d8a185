import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPSupport

/// The change summary for an e-mail or an issue, in the order a reader needs it: the headline in words, the
/// files compared (and whether an edition is illustrative), what changed per country (tier, effort, verdicts,
/// the largest changes of this year's figures, recommendations, wording, notes), the notes, and the counts by
/// kind last, under a disclosure.
public enum ReportMarkdown {
    public static func render(_ report: Report) -> String {
        let comparison = report.comparison
        let years = yearSpan(comparison)
        var lines: [String] = []
        if comparison.countries.count == 1, comparison.countryChanges.isEmpty, let only = comparison.countries.first {
            lines.append("# \(MarkdownText.escaped(only.country)): what changed from \(years.old) to \(years.new)")
        } else {
            lines.append("# What changed from \(years.old) to \(years.new): \(comparison.countries.count) countries compared")
        }
        lines += ["", headline(comparison), ""]
        lines += compared(comparison)
        if !comparison.countryChanges.isEmpty { lines.append("") }
        for change in comparison.countryChanges {
            let what = change.presence == .added ? "is new in this edition" : "left the report (the tier tables no longer place it)"
            lines.append("- **\(MarkdownText.escaped(change.country))** \(what).")
        }
        if !comparison.notCompared.isEmpty {
            lines.append("")
            lines.append(
                "**Not compared (\(comparison.notCompared.count), in one folder only):** "
                    + comparison.notCompared.map { "\(MarkdownText.escaped($0.country)) (\($0.reason))" }.joined(separator: ", "))
        }
        let many = comparison.countries.count > 1 || !comparison.countryChanges.isEmpty
        var unchanged: [String] = []
        for part in ordered(report.countries) {
            let facts = CountryFacts(part)
            if many && facts.isQuiet {
                unchanged.append(MarkdownText.escaped(part.comparison.country))
                continue
            }
            lines.append("")
            if many { lines += ["## \(MarkdownText.escaped(part.comparison.country))", ""] }
            lines += facts.lines
        }
        if !unchanged.isEmpty { lines += ["", "**No changes:** " + unchanged.joined(separator: ", ")] }
        lines += notes(report)
        lines += counts(comparison)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Cuba was downgraded from Tier 2 Watch List to Tier 3; 2 of its verdicts changed." or the year's tally.
    static func headline(_ comparison: Comparison) -> String {
        if comparison.countries.count == 1, let only = comparison.countries.first {
            let verdicts = only.changes(of: .verdict).count
            let tier = PlainWords.tier(only.tier?.payload, now: only.new.edition.tier.placement)
            let name = MarkdownText.escaped(only.country)
            let sentence = "**\(name) \(tier.hasPrefix("stays") ? tier : "was " + tier)**"
            return sentence + (verdicts == 0 ? "; its verdicts did not change." : "; \(verdicts) of its verdicts changed.")
        }
        let moves = comparison.countries.map { $0.tier?.direction }
        let up = moves.filter { $0 == .upgrade }.count
        let down = moves.filter { $0 == .downgrade }.count
        let verdicts = comparison.countries.filter { !$0.changes(of: .verdict).isEmpty }.count
        return "**Of \(comparison.countries.count) countries, \(up) were upgraded and \(down) downgraded; "
            + "\(verdicts) have a changed verdict.**"
    }

    /// The files compared, and a warning when an edition says it is an illustrative sample.
    static func compared(_ comparison: Comparison) -> [String] {
        let editions = comparison.countries.flatMap { [$0.old.edition, $0.new.edition] }
        let illustrative = editions.filter(IllustrativeNotice.marks)
        var lines: [String] = []
        if comparison.countries.count == 1, let only = comparison.countries.first {
            let name = { (e: Edition) in "`\(e.source.path)` (\(e.reportYear.map(String.init) ?? "year not stated"))" }
            lines.append("Compared \(name(only.old.edition)) with \(name(only.new.edition)).")
        } else if !editions.isEmpty {
            let years = yearSpan(comparison)
            lines.append(
                "Compared \(comparison.countries.count) editions of \(years.old) with the same countries' editions of \(years.new).")
        }
        if !illustrative.isEmpty {
            lines.append("")
            let which =
                illustrative.count == 1
                ? "The \(illustrative[0].reportYear.map(String.init) ?? "older") edition (`\(illustrative[0].source.path)`) says it is an illustrative sample"
                : "\(illustrative.count == editions.count ? "All" : "\(illustrative.count) of the") \(editions.count) editions say they are illustrative samples"
            let its = illustrative.count == 1 ? "its" : "their"
            lines.append("> **Illustrative:** \(which), not the official text; do not quote \(its) figures.")
        }
        return lines
    }

    /// Countries whose tier moved first, then those with a changed verdict, then the rest, each in report order.
    static func ordered(_ countries: [Report.CountryPart]) -> [Report.CountryPart] {
        let rank = { (part: Report.CountryPart) -> Int in
            if let tier = part.comparison.tier, tier.direction != .unchanged { return 0 }
            return part.comparison.changes(of: .verdict).isEmpty ? 2 : 1
        }
        return countries.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    static func notes(_ report: Report) -> [String] {
        let placed = report.placedNotes
        guard !placed.isEmpty || !report.orphaned.isEmpty else { return [] }
        var lines = ["", "## Notes", ""]
        for note in placed { lines.append("- " + line(note)) }
        if !report.orphaned.isEmpty {
            lines += ["", "### Notes that could not be placed", ""]
            for note in report.orphaned {
                lines.append("- " + line(note) + (note.resolution.reason.map { " — *\(MarkdownText.escaped($0))*" } ?? ""))
            }
        }
        return lines
    }

    /// "**placed exactly** · M. Alvarez · 2026-11-20 · open · #tier, on Prosecution, sentence 5: the text".
    private static func line(_ placed: PlacedNote) -> String {
        let r = placed.resolution
        let note = placed.note
        let meta =
            [note.author.map(MarkdownText.escaped), note.date, note.status.rawValue].compactMap { $0 }
            + note.tags.map { "#" + MarkdownText.escaped($0) }
        var place = [r.section.map(PlainWords.section), r.sentence.map { "sentence \($0)" }].compactMap { $0 }.joined(separator: ", ")
        if case .tier = note.anchor { place = "the tier" }
        let on = place.isEmpty ? "" : ", on \(place)"
        return "**\(PlainWords.state(r.state))** · " + meta.joined(separator: " · ") + on + ": " + MarkdownText.block(note.text)
    }

    /// The counts by kind, in words, under a disclosure (GitHub and most Markdown readers fold it).
    static func counts(_ comparison: Comparison) -> [String] {
        let summary = comparison.summary
        var lines = [
            "", "<details><summary>Counts by kind of change (\(comparison.changeCount) changes)</summary>", "", "| change | count |",
            "|---|---:|",
        ]
        for (kind, count) in summary { lines.append("| \(PlainWords.counted(kind)) | \(count) |") }
        if summary.isEmpty { lines.append("| (none) | 0 |") }
        lines += ["", "</details>"]
        return lines
    }

    static func yearSpan(_ comparison: Comparison) -> (old: String, new: String) {
        let first = comparison.countries.first
        return (first?.oldYear.map(String.init) ?? "?", first?.newYear.map(String.init) ?? "?")
    }
}
