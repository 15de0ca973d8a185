import TIPModel
import TIPSupport

/// A sentence history as text for a terminal: per year and section the share carried, reworded and new,
/// then each sentence of the newest edition with its age and rewordings, then the dropped sentences.
public enum HistoryText {
    public static func render(_ history: SentenceHistory) -> String {
        guard let oldest = history.years.first, let newest = history.years.last else { return "\(history.country): no editions" }
        let current = history.current
        var out = [
            "\(history.country): \(history.years.count) edition\(history.years.count == 1 ? "" : "s") (\(oldest)–\(newest)), "
                + "\(current.count) sentences in \(newest), \(history.dropped.count) dropped on the way",
            "",
            "share of each section's sentences, against the edition before:",
            "  " + "year".padded(6) + "section".padded(17) + "sentences".leftPadded(9) + "carried".leftPadded(9)
                + "reworded".leftPadded(10) + "new".leftPadded(6) + "moved".leftPadded(7) + "dropped".leftPadded(9),
        ]
        for share in history.shares where share.previousYear != nil {
            out.append(
                "  " + String(share.year).padded(6) + share.section.rawValue.padded(17) + String(share.sentences).leftPadded(9)
                    + "\(share.percent(share.carried))%".leftPadded(9) + "\(share.percent(share.reworded))%".leftPadded(10)
                    + "\(share.percent(share.new))%".leftPadded(6) + String(share.moved).leftPadded(7) + String(share.dropped).leftPadded(9)
            )
        }
        if history.years.count == 1 { out.append("  (one edition: nothing to compare)") }
        out += ["", "sentences of \(newest):"]
        var section: SectionKind?
        for lineage in current {
            if lineage.section != section {
                section = lineage.section
                out.append("  \(lineage.section.rawValue)")
            }
            out.append("    " + lineage.age(newest: newest, oldest: oldest).padded(18) + lineage.text.truncated(to: 90))
            for event in lineage.events where event.kind == .reworded {
                out.append("      reworded in \(event.year): " + wording(event).truncated(to: 96))
            }
        }
        out += ["", "dropped:"]
        if history.dropped.isEmpty { out.append("  none") }
        for lineage in history.dropped {
            out.append(
                "  " + lineage.age(newest: newest, oldest: oldest).padded(14) + lineage.section.rawValue.padded(17)
                    + lineage.text.truncated(to: 90))
        }
        return out.joined(separator: "\n")
    }

    /// "reported → stated": what a rewording took out and put in.
    static func wording(_ event: LineageEvent) -> String {
        let removed = event.removed.map { $0.trimmingSpaces }.joined(separator: " … ")
        let added = event.added.map { $0.trimmingSpaces }.joined(separator: " … ")
        return "\(removed.isEmpty ? "(nothing)" : removed) → \(added.isEmpty ? "(nothing)" : added)"
    }
}

extension String {
    /// The text without spaces or line ends at either end.
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
