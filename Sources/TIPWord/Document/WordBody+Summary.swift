import TIPAnnotations
import TIPDiff
import TIPModel
import TIPReport
import TIPStatistics
import TIPXML

extension WordBody {
    /// The summary: per country the tier, the effort finding, the verdicts, the largest figure changes, the
    /// recommendations and repeated rewordings; then countries entering or leaving the report.
    mutating func summary() throws(XMLFailure) {
        try markup.heading("Summary", level: 1)
        let comparison = report.comparison
        let countries = comparison.countries.count
        try markup.paragraph(
            "\(countries) \(countries == 1 ? "country" : "countries") compared, \(comparison.changeCount) changes; "
                + "notes: \(report.placedNotes.count) placed, \(report.orphaned.count) orphaned.")
        for part in report.countries {
            let country = part.comparison
            try markup.heading(country.country, level: 2)
            let old = country.old.edition.tier.placement.rawValue
            let new = country.new.edition.tier.placement.rawValue
            let movement = country.tier.map { " (\($0.direction.rawValue))" } ?? " (unchanged)"
            try commented(
                "Tier: \(old) in \(year(country.oldYear)) → \(new) in \(year(country.newYear))\(movement).", notes: part.tierNotes)
            if let effort = country.effort {
                try markup.paragraph(
                    "Effort: the government \(effort.old?.rawValue ?? "(not stated)") → \(effort.new?.rawValue ?? "(not stated)").")
            }
            let verdicts = country.sections.filter { $0.oldVerdict != nil || $0.newVerdict != nil }
            if !verdicts.isEmpty {
                try markup.heading("Verdicts", level: 3)
                let rows = verdicts.map { section in
                    [
                        section.heading ?? section.kind.rawValue,
                        Verdict.phrase(section.oldVerdict, qualifier: section.oldQualifier) ?? "—",
                        Verdict.phrase(section.newVerdict, qualifier: section.newQualifier) ?? "—",
                    ]
                }
                try markup.table(
                    header: ["Section", year(country.oldYear), year(country.newYear)], rows: rows, widths: [3600, 2900, 2900])
            }
            let figures = ThisYearsFigures(country).largest(5)
            if !figures.isEmpty {
                try markup.heading("Largest changes in this year's figures", level: 3)
                for figure in figures { try markup.paragraph("• " + Self.describe(figure)) }
            }
            let recommendations = country.changes.compactMap(\.recommendationChange)
            if !recommendations.isEmpty {
                try markup.heading("Recommendations", level: 3)
                let counts = Dictionary(grouping: recommendations, by: \.operation).mapValues(\.count)
                try markup.paragraph(
                    [RecommendationChange.Operation.added, .removed, .reworded].map { "\(counts[$0] ?? 0) \($0.rawValue)" }
                        .joined(separator: ", ") + ".")
                for change in recommendations where change.operation != .reworded {
                    try markup.paragraph("• \(change.operation.rawValue): \(change.new ?? change.old ?? "")")
                }
            }
            if !part.terms.isEmpty {
                try markup.heading("Repeated rewordings", level: 3)
                for (change, notes) in part.terms {
                    try commented("• “\(change.old)” → “\(change.new)”, \(change.count) times", notes: notes)
                }
            }
        }
        if !comparison.countryChanges.isEmpty {
            try markup.heading("Countries entering or leaving the report", level: 2)
            for change in comparison.countryChanges {
                try markup.paragraph("• \(change.country): \(change.presence.rawValue) (\(change.path))")
            }
        }
    }

    /// The figure changes with the largest relative change, largest first (ties in reading order).
    /// "Prosecutions: 6 → 20 (+14, +233.3%) (prosecution)": both values as the edition gives them (a range
    /// with both ends, a unit with its sign) and the change, never one percent for a range.
    static func describe(_ change: Identified<StatisticChange>) -> String {
        let figures = "\(ChangeNumbers.figure(change.old, of: change.payload)) → \(ChangeNumbers.figure(change.new, of: change.payload))"
        return "\(change.label): \(figures) (\(ChangeNumbers.delta(change.payload))) (\(change.section.rawValue))"
    }

    /// Every figure change as a table: section, what it counts, both values, what happened.
    mutating func figures() throws(XMLFailure) {
        let rows = report.countries.flatMap { part in
            part.comparison.changes.compactMap(\.statisticChange).map { change in
                [
                    part.comparison.country, change.section.rawValue, change.label,
                    change.old.map { _ in ChangeNumbers.figure(change.old, of: change.payload) } ?? "—",
                    change.new.map { _ in ChangeNumbers.figure(change.new, of: change.payload) } ?? "—", change.operation.rawValue,
                ]
            }
        }
        guard !rows.isEmpty else { return }
        try markup.heading("Figures that changed", level: 1)
        try markup.table(
            header: ["Country", "Section", "Figure", "Old", "New", "Change"], rows: rows, widths: [1300, 1400, 3300, 1100, 1100, 1300])
    }

    /// Notes that could not be placed, each as a comment on a line that says why.
    mutating func orphanedNotes() throws(XMLFailure) {
        guard !report.orphaned.isEmpty else { return }
        try markup.heading("Orphaned notes", level: 1)
        for placed in report.orphaned {
            let quote: String
            if case .quote(let selector) = placed.note.anchor { quote = " on “\(selector.quote)”" } else { quote = "" }
            try commented(
                "\(placed.note.id)\(quote): \(placed.resolution.reason ?? "not found in the newer edition")", notes: [placed])
        }
    }

    /// The editions and notes files the document was made from: paths, hashes, years.
    mutating func provenance() throws(XMLFailure) {
        try markup.heading("Provenance", level: 1)
        var rows: [[String]] = []
        for country in report.comparison.countries {
            for (role, side, year) in [("old", country.old, country.oldYear), ("new", country.new, country.newYear)] {
                let source = side.edition.source
                rows.append([role, country.country, self.year(year), source.path, source.sha256])
            }
        }
        for file in report.noteSources {
            rows.append(["notes", "\(file.notes.count) notes", file.edition ?? "—", file.path, file.sha256])
        }
        try markup.table(header: ["Role", "Country", "Year", "File", "SHA-256"], rows: rows, widths: [800, 1300, 1000, 2600, 3900])
    }
}
