/// The report as XML, written with libxml2's xmlTextWriter: a namespace, a format version, deterministic bytes.
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPXML

public enum ReportXML {
    public static let namespace = "urn:tipdiff:report:1"
    public static let formatVersion = "1"

    public static func bytes(_ report: Report) throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter()
        try w.start("report", namespace: namespace)
        try w.attribute("version", formatVersion)
        try w.attribute("tool", report.tool)

        try w.start("provenance")
        for country in report.comparison.countries {
            for (role, source, year, name) in [
                ("old", country.old.edition.source, country.oldYear, country.country),
                ("new", country.new.edition.source, country.newYear, country.country),
            ] {
                try w.start("edition")
                try w.attribute("role", role)
                try w.attribute("country", name)
                try w.attribute("path", source.path)
                try w.attribute("sha256", source.sha256)
                try w.attribute("format", source.format.rawValue)
                try w.attribute("year", year.map(String.init))
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

        for change in report.comparison.countryChanges {
            try w.start("country-change")
            try w.attribute("id", change.id)
            try w.attribute("change", change.presence.rawValue)
            try w.attribute("name", change.country)
            try w.attribute("path", change.path)
            try w.end()
        }

        for country in report.comparison.notCompared {
            try w.start("not-compared")
            try w.attribute("name", country.country)
            try w.attribute("path", country.path)
            try w.attribute("reason", country.reason)
            try w.end()
        }

        for country in report.countries { try write(country, to: w) }

        try w.start("orphaned")
        for note in report.orphaned { try write(note, to: w) }
        try w.end()
        try w.end()
        return try w.finish()
    }

    private static func write(_ country: Report.CountryPart, to w: XMLWriter) throws(XMLFailure) {
        try w.start("country")
        let comparison = country.comparison
        let (oldTier, newTier) = (comparison.old.edition.tier, comparison.new.edition.tier)
        try w.attribute("name", comparison.country)
        try w.attribute("slug", CountryKey.fileName(comparison.country))
        try w.attribute("old-year", comparison.oldYear.map(String.init))
        try w.attribute("new-year", comparison.newYear.map(String.init))
        try w.attribute("timeline", country.timeline)

        try w.start("tier")
        try w.attribute("old", oldTier.placement.rawValue)
        try w.attribute("new", newTier.placement.rawValue)
        try w.attribute("old-movement", oldTier.movement.rawValue)
        try w.attribute("new-movement", newTier.movement.rawValue)
        try w.attribute("movement", comparison.tier?.direction.rawValue ?? "unchanged")
        try w.attribute("id", comparison.tier?.id)
        try w.element("old-statement", oldTier.statement)
        try w.element("new-statement", newTier.statement)
        for note in country.tierNotes { try write(note, to: w) }
        try w.end()

        if let effort = comparison.effort {
            try w.start("effort")
            try w.attribute("id", effort.id)
            try w.attribute("old", effort.old?.rawValue)
            try w.attribute("new", effort.new?.rawValue)
            try w.end()
        }

        for section in country.sections {
            try w.start("section")
            try w.attribute("kind", section.kind.rawValue)
            try w.attribute("status", section.comparison.status.rawValue)
            try w.attribute("heading", section.comparison.heading)
            try w.attribute("old-verdict", section.comparison.oldVerdict?.rawValue)
            try w.attribute("new-verdict", section.comparison.newVerdict?.rawValue)
            try w.attribute("old-qualifier", section.comparison.oldQualifier)
            try w.attribute("new-qualifier", section.comparison.newQualifier)
            for note in section.notes { try write(note, to: w) }
            for item in section.items { try write(item, to: w) }
            try w.end()
        }

        if !country.terms.isEmpty {
            try w.start("terms")
            for (change, notes) in country.terms {
                try w.start("term")
                try w.attribute("id", change.id)
                try w.attribute("old", change.old)
                try w.attribute("new", change.new)
                try w.attribute("count", String(change.count))
                for note in notes { try write(note, to: w) }
                try w.end()
            }
            try w.end()
        }
        try w.end()
    }

    private static func write(_ item: Report.Item, to w: XMLWriter) throws(XMLFailure) {
        if let change = item.change {
            var walker = ReportItemXML(writer: w)
            walker.visit(change)
            if let failure = walker.failure { throw failure }
        } else {
            try ReportItemXML.unchanged(item, to: w)
        }
        for note in item.notes { try write(note, to: w) }
        try w.end()
    }

    private static func write(_ placed: PlacedNote, to w: XMLWriter) throws(XMLFailure) {
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
