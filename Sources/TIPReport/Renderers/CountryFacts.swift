import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPSupport

/// One country's headline facts as Markdown lines, in the order the report's "what changed" block gives
/// them: tier, effort finding, verdicts, the largest changes of this year's figures (a range by the end
/// that moved, never by one percent), restated earlier figures apart, recommendations, wording, notes.
struct CountryFacts {
    /// How many figure changes the summary names.
    static let largest = 5

    private(set) var lines: [String] = []
    /// Nothing changed and no note is attached: a many-country summary lists the country in one line.
    private(set) var isQuiet = false

    init(_ part: Report.CountryPart) {
        let country = part.comparison
        let changes = country.changes
        isQuiet = changes.isEmpty && part.tierNotes.isEmpty && part.sections.allSatisfy { $0.notes.isEmpty && $0.items.isEmpty }
        lines.append("- **Tier:** " + PlainWords.tier(country.tier?.payload, now: country.new.edition.tier.placement))
        if let effort = country.effort {
            lines.append("- **Effort finding:** \(effort.old?.rawValue ?? "not stated") → \(effort.new?.rawValue ?? "not stated")")
        }
        for change in changes {
            guard case .verdict(let verdict) = change else { continue }
            lines.append(
                "- **\(PlainWords.section(verdict.section)) efforts:** \(verdict.oldPhrase ?? "no verdict") → \(verdict.newPhrase ?? "no verdict")"
            )
        }
        let figures = ThisYearsFigures(country)
        lines += Self.figureLines(figures.largest(Self.largest))
        if figures.revised > 0 {
            lines.append(
                "- **Earlier figures restated differently:** \(figures.revised) (revisions, not this year's change; see the report)")
        }
        let wording = changes.filter { [.sentence, .recommendation].contains($0.kind.category) }.reduce(into: [ChangeKind: Int]()) {
            $0[$1.kind, default: 0] += 1
        }
        for change in changes {
            guard case .recommendation(let recommendation) = change else { continue }
            switch recommendation.operation {
            case .added: lines.append("- **New recommendation:** \(MarkdownText.escaped(recommendation.new ?? ""))")
            case .removed: lines.append("- **Dropped recommendation:** \(MarkdownText.escaped(recommendation.old ?? ""))")
            default: break
            }
        }
        for term in country.terms {
            lines.append(
                "- **Wording:** \"\(MarkdownText.escaped(term.old))\" became \"\(MarkdownText.escaped(term.new))\" in \(term.count) places")
        }
        let sentences = [
            (ChangeKind.sentenceModified, "reworded"), (.sentenceAdded, "added"), (.sentenceRemoved, "removed"), (.sentenceMoved, "moved"),
        ]
        .compactMap { kind, word in wording[kind].map { "\($0) \(word)" } }
        var counted = sentences.isEmpty ? [] : ["sentences " + sentences.joined(separator: ", ")]
        if let reworded = wording[.recommendationReworded] { counted.append("recommendations \(reworded) reworded") }
        if !counted.isEmpty { lines.append("- **Other wording changes:** " + counted.joined(separator: "; ")) }
        let notes = part.tierNotes + part.sections.flatMap { $0.notes + $0.items.flatMap(\.notes) } + part.terms.flatMap(\.notes)
        if !notes.isEmpty {
            let open = notes.filter { $0.note.status == .open }.count
            lines.append("- **Notes:** \(open) open, \(notes.count - open) resolved")
        }
    }

    /// The largest changes of this year's figures, each with both values and the change.
    static func figureLines(_ ranked: [Identified<StatisticChange>]) -> [String] {
        guard !ranked.isEmpty else { return [] }
        var lines = ["- **Largest changes in this year's figures:**"]
        for change in ranked {
            lines.append(
                "  - \(MarkdownText.escaped(change.label)): \(ChangeNumbers.figure(change.old, of: change.payload)) → \(ChangeNumbers.figure(change.new, of: change.payload)) (\(ChangeNumbers.delta(change.payload)))"
            )
        }
        return lines
    }
}
