import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPXML

/// The report as XML, written with libxml2's xmlTextWriter: a namespace, a format version, deterministic bytes.
public struct ReportXML: ChangeWalker {
    public typealias Failure = XMLFailure

    public static let namespace = "urn:tipdiff:report:1"
    public static let formatVersion = "1"

    private let report: Report
    let w: XMLWriter
    /// The country being written, with its notes.
    private var part: Report.CountryPart?
    /// The section being written, with its items.
    private var sectionPart: Report.SectionPart?

    private init(_ report: Report, writer: XMLWriter) {
        self.report = report
        self.w = writer
    }

    public static func bytes(_ report: Report) throws(XMLFailure) -> [UInt8] {
        var walker = ReportXML(report, writer: try XMLWriter())
        try walker.visit(report.comparison)
        return try walker.w.finish()
    }

    public mutating func visitComparison(_ comparison: Comparison) throws(XMLFailure) {
        try w.start("report", namespace: Self.namespace)
        try w.attribute("version", Self.formatVersion)
        try w.attribute("tool", report.tool)

        try w.start("provenance")
        for country in report.comparison.countries {
            for (role, edition, year, name) in [
                ("old", country.old.edition, country.oldYear, country.country),
                ("new", country.new.edition, country.newYear, country.country),
            ] {
                let source = edition.source
                try w.start("edition")
                try w.attribute("role", role)
                try w.attribute("country", name)
                try w.attribute("path", source.path)
                try w.attribute("sha256", source.sha256)
                try w.attribute("format", source.format.rawValue)
                try w.attribute("year", year.map(String.init))
                try w.attribute("illustrative", IllustrativeNotice.marks(edition) ? "true" : nil)
                try w.end()
            }
        }
        for source in report.noteSources {
            try w.start("annotations")
            try w.attribute("path", source.path)
            try w.attribute("sha256", source.sha256)
            try w.attribute("notes", String(source.notes.count))
            try w.end()
        }
        try w.end()

        try w.start("summary")
        for (kind, count) in report.comparison.summary {
            try w.start("count")
            try w.attribute("kind", kind.rawValue)
            try w.attribute("n", String(count))
            try w.end()
        }
        try w.end()

        for change in comparison.countryChanges { try visit(change) }

        for country in report.comparison.notCompared {
            try w.start("not-compared")
            try w.attribute("name", country.country)
            try w.attribute("path", country.path)
            try w.attribute("reason", country.reason)
            try w.end()
        }

        for part in report.countries {
            self.part = part
            try visit(part.comparison)
        }

        try w.start("orphaned")
        for note in report.orphaned { try write(note) }
        try w.end()
        try w.end()
    }

    public mutating func visitCountryChange(_ change: Identified<CountryChange>) throws(XMLFailure) {
        try w.start("country-change")
        try w.attribute("id", change.id)
        try w.attribute("change", change.presence.rawValue)
        try w.attribute("name", change.country)
        try w.attribute("path", change.path)
        try w.end()
    }

    public mutating func visitCountry(_ comparison: CountryComparison) throws(XMLFailure) {
        guard let country = part else { return }
        try w.start("country")
        let (oldTier, newTier) = (comparison.old.edition.tier, comparison.new.edition.tier)
        try w.attribute("name", comparison.country)
        try w.attribute("slug", CountryKey.fileName(comparison.country))
        try w.attribute("old-year", comparison.oldYear.map(String.init))
        try w.attribute("new-year", comparison.newYear.map(String.init))
        try w.attribute("timeline", country.timeline)
        try w.attribute("history", country.history)

        try w.start("tier")
        try w.attribute("old", oldTier.placement.rawValue)
        try w.attribute("new", newTier.placement.rawValue)
        try w.attribute("old-movement", oldTier.movement.rawValue)
        try w.attribute("new-movement", newTier.movement.rawValue)
        try w.attribute("movement", comparison.tier?.direction.rawValue ?? "unchanged")
        try w.attribute("id", comparison.tier?.id)
        try w.element("old-statement", oldTier.statement)
        try w.element("new-statement", newTier.statement)
        for note in country.tierNotes { try write(note) }
        try w.end()

        if let effort = comparison.effort {
            try w.start("effort")
            try w.attribute("id", effort.id)
            try w.attribute("old", effort.old?.rawValue)
            try w.attribute("new", effort.new?.rawValue)
            try w.end()
        }

        for section in country.sections {
            sectionPart = section
            try visit(section.comparison)
        }

        if !country.terms.isEmpty {
            try w.start("terms")
            for (change, notes) in country.terms {
                try visit(change)
                for note in notes { try write(note) }
                try w.end()
            }
            try w.end()
        }
        try w.end()
    }

    public mutating func visitSection(_ comparison: SectionComparison) throws(XMLFailure) {
        guard let section = sectionPart else { return }
        try w.start("section")
        try w.attribute("kind", section.kind.rawValue)
        try w.attribute("status", comparison.status.rawValue)
        try w.attribute("heading", comparison.heading)
        try w.attribute("old-verdict", comparison.oldVerdict?.rawValue)
        try w.attribute("new-verdict", comparison.newVerdict?.rawValue)
        try w.attribute("old-qualifier", comparison.oldQualifier)
        try w.attribute("new-qualifier", comparison.newQualifier)
        for note in section.notes { try write(note) }
        for item in section.items {
            switch item {
            case .change(let change, _): try visit(change)
            case .text(let text, _): try unchanged(text)
            case .figure(let figure, _): try unchanged(figure)
            }
            for note in item.notes { try write(note) }
            try w.end()
        }
        try w.end()
    }

    private func write(_ placed: PlacedNote) throws(XMLFailure) {
        let note = placed.note
        let r = placed.resolution
        try w.start("note")
        try w.attribute("id", note.id)
        try w.attribute("state", r.state.rawValue)
        try w.attribute("anchor", note.anchor.kind)
        try w.attribute("file", placed.file)
        try w.attribute("status", note.status.rawValue)
        try w.attribute("author", note.author)
        try w.attribute("date", note.date)
        try w.attribute("score", r.score.map { Statistic.format(($0 * 1000).rounded() / 1000) })
        for tag in note.tags { try w.element("tag", tag) }
        if case .quote(let selector) = note.anchor { try w.element("quote", selector.quote) }
        try w.element("found", r.state == .orphaned ? nil : r.found)
        try w.element("reason", r.reason)
        try w.element("body", note.text)
        try w.element("body-html", NoteHTML.render(note.text))
        try w.end()
    }
}
