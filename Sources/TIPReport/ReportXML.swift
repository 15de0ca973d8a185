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
        for country in report.countries {
            for (role, source, year, name) in [
                ("old", country.diff.old, country.diff.oldYear, country.diff.country),
                ("new", country.diff.new, country.diff.newYear, country.diff.country),
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
            try w.attribute("notes", String(source.file.notes.count))
            try w.end()
        }
        try w.end()

        try w.start("summary")
        for (kind, count) in report.summary {
            try w.start("count")
            try w.attribute("kind", kind)
            try w.attribute("n", String(count))
            try w.end()
        }
        try w.end()

        for change in report.countryChanges {
            try w.start("country-change")
            try w.attribute("id", change.id)
            try w.attribute("change", change.kind == .countryAdded ? "added" : "removed")
            try w.attribute("name", change.country)
            try w.attribute("path", change.new ?? change.old)
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
        try w.attribute("name", country.diff.country)
        try w.attribute("old-year", country.diff.oldYear.map(String.init))
        try w.attribute("new-year", country.diff.newYear.map(String.init))

        try w.start("tier")
        try w.attribute("old", country.oldTier.placement.rawValue)
        try w.attribute("new", country.newTier.placement.rawValue)
        try w.attribute("old-movement", country.oldTier.movement.rawValue)
        try w.attribute("new-movement", country.newTier.movement.rawValue)
        try w.attribute("movement", country.tierChange?.movement ?? "unchanged")
        try w.attribute("id", country.tierChange?.id)
        try w.element("old-statement", country.oldTier.statement)
        try w.element("new-statement", country.newTier.statement)
        for note in country.tierNotes { try write(note, to: w) }
        try w.end()

        for section in country.sections {
            try w.start("section")
            try w.attribute("kind", section.kind.rawValue)
            try w.attribute("status", section.status)
            try w.attribute("heading", section.heading)
            try w.attribute("old-verdict", section.oldVerdict?.rawValue)
            try w.attribute("new-verdict", section.newVerdict?.rawValue)
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
                try w.attribute("count", change.count.map(String.init))
                for note in notes { try write(note, to: w) }
                try w.end()
            }
            try w.end()
        }
        try w.end()
    }

    private static func write(_ item: Report.Item, to w: XMLWriter) throws(XMLFailure) {
        let change = item.change
        switch item.kind {
        case .verdict:
            try w.start("verdict")
            try w.attribute("id", change?.id)
            try w.attribute("old", change?.old)
            try w.attribute("new", change?.new)
        case .format:
            try w.start("format")
            try w.attribute("id", change?.id)
            try w.attribute("old-index", change?.oldIndex.map(String.init))
            try w.attribute("new-index", change?.newIndex.map(String.init))
            try w.attribute("old", change?.old)
            try w.attribute("new", change?.new)
            try w.attribute("value", change?.newValue.map(Statistic.format))
        case .statistic:
            try w.start("statistic")
            try w.attribute("id", change?.id)
            let status: String =
                switch change?.kind {
                case .statisticChanged?: "changed"
                case .statisticAdded?: "added"
                case .statisticRemoved?: "removed"
                default: "unchanged"
                }
            try w.attribute("change", status)
            try w.attribute("key", change?.key ?? item.key)
            try w.attribute("old", change?.old)
            try w.attribute("new", change?.new ?? item.text)
            try w.attribute("old-value", change?.oldValue.map(Statistic.format))
            try w.attribute("new-value", change?.newValue.map(Statistic.format))
            try w.attribute("delta", change?.delta.map(Statistic.format))
            try w.attribute("old-period", change?.oldPeriod)
            try w.attribute("new-period", change?.newPeriod)
            try w.attribute("prior", change?.prior == true ? "true" : nil)
            try w.attribute("percent", change?.percentChange.map { Statistic.format(($0 * 10).rounded() / 10) })
            try w.attribute("old-index", change?.oldIndex.map(String.init))
            try w.attribute("new-index", (change?.newIndex ?? item.index).map(String.init))
        case .sentence, .recommendation:
            try w.start(item.kind == .sentence ? "sentence" : "recommendation")
            try w.attribute("id", change?.id)
            let status: String =
                switch change?.kind {
                case .sentenceAdded?, .recommendationAdded?: "added"
                case .sentenceRemoved?, .recommendationRemoved?: "removed"
                case .sentenceModified?: "modified"
                case .recommendationReworded?: "reworded"
                case .sentenceMoved?: change?.edits == nil ? "moved" : "moved-modified"
                default: "unchanged"
                }
            try w.attribute("change", status)
            try w.attribute("old-index", change?.oldIndex.map(String.init))
            try w.attribute("new-index", (change?.newIndex ?? item.index).map(String.init))
            try w.attribute("length", change?.length.map(String.init))
            try w.attribute("from-section", change?.oldSection?.rawValue)
            try w.start("text")
            try w.inline { () throws(XMLFailure) in
                if let edits = change?.edits {
                    for edit in edits {
                        switch edit.op {
                        case .equal: try w.text(edit.text)
                        case .delete: try w.element("del", edit.text)
                        case .insert: try w.element("ins", edit.text)
                        }
                    }
                } else if change?.kind == .sentenceAdded || change?.kind == .recommendationAdded {
                    try w.element("ins", change?.new)
                } else if change?.kind == .sentenceRemoved || change?.kind == .recommendationRemoved {
                    try w.element("del", change?.old)
                } else {
                    try w.text(change?.new ?? item.text ?? "")
                }
                try w.end()
            }
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
        try w.end()
    }
}
