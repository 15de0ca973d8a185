/// A diff as JSON, as a redline for a terminal, and as a Markdown change summary.
import TIPModel
import TIPStatistics

/// The JSON document: summary counts by kind, the compared editions, and every change.
public struct DiffDocument: Encodable, Sendable {
    public struct Side: Encodable, Sendable {
        public var country: String
        public var old: EditionSource
        public var new: EditionSource
        public var oldYear: Int?
        public var newYear: Int?
    }

    public var summary: [String: Int]
    public var editions: [Side]
    public var changes: [Change]

    public init(_ diff: FolderDiff) {
        changes = diff.changes
        summary = changes.reduce(into: [:]) { $0[$1.kind.rawValue, default: 0] += 1 }
        editions = diff.editions.map { Side(country: $0.country, old: $0.old, new: $0.new, oldYear: $0.oldYear, newYear: $0.newYear) }
    }
}

public enum DiffRendering {
    /// Terminal colours, or none.
    public struct Style: Sendable {
        var deleted: (String, String)
        var inserted: (String, String)
        var moved: (String, String)
        var heading: (String, String)

        /// wdiff-style markers: `[-deleted-]`, `{+inserted+}`.
        public static let plain = Style(deleted: ("[-", "-]"), inserted: ("{+", "+}"), moved: ("", ""), heading: ("", ""))
        /// ANSI colours: red deletions, green insertions, yellow moves, bold headings.
        public static let colour = Style(
            deleted: ("\u{1B}[31m[-", "-]\u{1B}[0m"), inserted: ("\u{1B}[32m{+", "+}\u{1B}[0m"),
            moved: ("\u{1B}[33m", "\u{1B}[0m"), heading: ("\u{1B}[1m", "\u{1B}[0m"))
    }

    /// A readable redline: per country, the tier, then each section's verdict and sentence changes,
    /// statistics with deltas, repeated rewordings, recommendations; summary counts last.
    public static func redline(_ diff: FolderDiff, style: Style) -> String {
        var out: [String] = []
        for change in diff.countries {
            out.append(
                change.kind == .countryAdded
                    ? "+ country \(change.country ?? "") (\(change.new ?? ""))" : "- country \(change.country ?? "") (\(change.old ?? ""))")
        }
        for edition in diff.editions {
            if !out.isEmpty { out.append("") }
            let years = "\(edition.oldYear.map(String.init) ?? "?") → \(edition.newYear.map(String.init) ?? "?")"
            out.append(style.heading.0 + "\(edition.country) \(years)" + style.heading.1 + "  (\(edition.old.path) → \(edition.new.path))")
            if edition.changes.isEmpty { out.append("  no changes") }
            var currentSection: SectionKind?
            for change in edition.changes {
                if let line = line(for: change, style: style, currentSection: &currentSection) { out.append(line) }
            }
        }
        let counts = DiffDocument(diff).summary.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        out.append("")
        out.append("summary: " + (counts.isEmpty ? "no changes" : counts.joined(separator: ", ")))
        return out.joined(separator: "\n")
    }

    private static func line(for change: Change, style: Style, currentSection: inout SectionKind?) -> String? {
        var prefix = ""
        let sentenceKinds: [Change.Kind] = [
            .sentenceAdded, .sentenceRemoved, .sentenceModified, .sentenceMoved, .verdict, .sectionAdded, .sectionRemoved, .formatOnly,
        ]
        if sentenceKinds.contains(change.kind), let section = change.section, section != currentSection {
            currentSection = section
            prefix = style.heading.0 + "  \(section.rawValue.uppercased())" + style.heading.1 + "\n"
        }
        let place = { (a: Int?, b: Int?) -> String in "[\(a.map(String.init) ?? "-")→\(b.map(String.init) ?? "-")]" }
        switch change.kind {
        case .tier:
            let wording = change.edits.map { "\n    " + redline($0, style: style) } ?? ""
            return "  tier: \(change.old ?? "") → \(change.new ?? "") (\(change.movement ?? ""))" + wording
        case .verdict:
            return prefix + "    verdict: \(change.old ?? "none") → \(change.new ?? "none")"
        case .sectionAdded:
            return prefix + "    + section \(change.new ?? "")"
        case .sectionRemoved:
            return prefix + "    - section \(change.old ?? "")"
        case .sentenceAdded:
            return prefix + "    + \(place(nil, change.newIndex))\(span(change)) " + style.inserted.0 + (change.new ?? "")
                + style.inserted.1
        case .sentenceRemoved:
            return prefix + "    - \(place(change.oldIndex, nil))\(span(change)) " + style.deleted.0 + (change.old ?? "") + style.deleted.1
        case .sentenceModified:
            return prefix + "    ~ \(place(change.oldIndex, change.newIndex)) " + redline(change.edits ?? [], style: style)
        case .sentenceMoved:
            let from = change.oldSection.map { " from \($0.rawValue)" } ?? ""
            let span = (change.length ?? 1) > 1 ? " (\(change.length!) sentences)" : ""
            let text = change.edits.map { redline($0, style: style) } ?? (change.new ?? "")
            return prefix + "    > " + style.moved.0 + "moved\(from) \(place(change.oldIndex, change.newIndex))\(span)" + style.moved.1
                + " " + text
        case .formatOnly:
            return prefix
                + "    = \(place(change.oldIndex, change.newIndex)) \"\(change.old ?? "")\" written \"\(change.new ?? "")\" (same value)"
        case .term:
            return "  term: \"\(change.old ?? "")\" → \"\(change.new ?? "")\" in \(change.count ?? 0) places"
        case .statisticChanged:
            return "  statistic \(change.key ?? ""): \(number(change.oldValue)) → \(number(change.newValue)) (\(delta(change)))"
        case .statisticAdded:
            return "  statistic \(change.key ?? ""): + \(change.new ?? "")"
        case .statisticRemoved:
            return "  statistic \(change.key ?? ""): - \(change.old ?? "")"
        case .recommendationAdded:
            return "  recommendation + " + style.inserted.0 + (change.new ?? "") + style.inserted.1
        case .recommendationRemoved:
            return "  recommendation - " + style.deleted.0 + (change.old ?? "") + style.deleted.1
        case .recommendationReworded:
            return "  recommendation ~ " + redline(change.edits ?? [], style: style)
        case .countryAdded, .countryRemoved:
            return nil
        }
    }

    /// " (3 sentences)" for a change that carries several.
    private static func span(_ change: Change) -> String {
        (change.length ?? 1) > 1 ? " (\(change.length!) sentences)" : ""
    }

    /// Word edits inline: equal text as is, deletions and insertions marked.
    public static func redline(_ edits: [WordEdit], style: Style) -> String {
        edits.map { edit in
            // White space around a marked run stays outside the markers.
            let before = edit.text.first?.isWhitespace == true ? " " : ""
            let after = edit.text.last?.isWhitespace == true ? " " : ""
            switch edit.op {
            case .equal: return edit.text
            case .delete: return before + style.deleted.0 + edit.text.trimmingSpaces + style.deleted.1 + after
            case .insert: return before + style.inserted.0 + edit.text.trimmingSpaces + style.inserted.1 + after
            }
        }.joined()
    }

    static func number(_ value: Double?) -> String { value.map(Statistic.readable) ?? "-" }

    /// "+5, +55.6%"
    static func delta(_ change: Change) -> String {
        guard let delta = change.delta else { return "" }
        var text = (delta >= 0 ? "+" : "") + Statistic.readable(delta)
        if let percent = change.percentChange {
            let rounded = (percent * 10).rounded() / 10
            text += ", " + (rounded >= 0 ? "+" : "") + Statistic.format(rounded) + "%"
        }
        return text
    }

    /// A change summary to paste into an issue or an email: counts first, then the headline facts.
    public static func markdown(_ diff: FolderDiff) -> String {
        var out: [String] = []
        let document = DiffDocument(diff)
        let title =
            diff.editions.count == 1
            ? "\(diff.editions[0].country): \(diff.editions[0].oldYear.map(String.init) ?? "?") → \(diff.editions[0].newYear.map(String.init) ?? "?")"
            : "\(diff.editions.count) countries compared"
        out.append("# Changes: \(title)")
        out.append("")
        out.append("| change | count |")
        out.append("|---|---:|")
        for kind in Change.Kind.allCases where document.summary[kind.rawValue] != nil {
            out.append("| \(kind.rawValue) | \(document.summary[kind.rawValue]!) |")
        }
        if document.summary.isEmpty { out.append("| (none) | 0 |") }
        for change in diff.countries {
            out.append("")
            out.append(
                change.kind == .countryAdded
                    ? "- **New country:** \(change.country ?? "")" : "- **Country no longer covered:** \(change.country ?? "")")
        }
        for edition in diff.editions {
            out.append("")
            if diff.editions.count > 1 { out.append("## \(edition.country)"); out.append("") }
            out.append(contentsOf: facts(edition))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func facts(_ edition: EditionDiff) -> [String] {
        var out: [String] = []
        if let tier = edition.changes(of: .tier).first {
            out.append("- **Tier:** \(tier.old ?? "") → \(tier.new ?? "") (\(tier.movement ?? ""))")
        } else {
            out.append("- **Tier:** unchanged")
        }
        for verdict in edition.changes(of: .verdict) {
            out.append(
                "- **\((verdict.section?.rawValue ?? "").prefix(1).uppercased() + (verdict.section?.rawValue ?? "").dropFirst()) verdict:** \(verdict.old ?? "none") → \(verdict.new ?? "none")"
            )
        }
        let statistics = edition.changes(of: .statisticChanged).sorted {
            (abs($0.percentChange ?? 0), $1.key ?? "") > (abs($1.percentChange ?? 0), $0.key ?? "")
        }
        if !statistics.isEmpty {
            out.append("- **Biggest statistic changes:**")
            for change in statistics.prefix(5) {
                out.append("  - `\(change.key ?? "")`: \(number(change.oldValue)) → \(number(change.newValue)) (\(delta(change)))")
            }
        }
        for (kind, label) in [(Change.Kind.recommendationAdded, "New recommendation"), (.recommendationRemoved, "Dropped recommendation")] {
            for change in edition.changes(of: kind) { out.append("- **\(label):** \(change.new ?? change.old ?? "")") }
        }
        for term in edition.changes(of: .term) {
            out.append("- **Wording:** \"\(term.old ?? "")\" → \"\(term.new ?? "")\" throughout (\(term.count ?? 0) places)")
        }
        let wording = [Change.Kind.sentenceModified, .sentenceAdded, .sentenceRemoved, .sentenceMoved, .recommendationReworded]
            .map { (kind: $0, count: edition.changes(of: $0).count) }.filter { $0.count > 0 }
        if !wording.isEmpty {
            out.append("- **Other wording changes:** " + wording.map { "\($0.count) \($0.kind.rawValue)" }.joined(separator: ", "))
        }
        return out
    }
}
