import TIPModel
import TIPSupport

/// A sentence history as one long CSV: a row per sentence and event (`first`, `reworded`, `moved`, `last`)
/// with the sentence as that edition printed it,
/// then a row per section, year and measure (`sentences`, `carried`, `reworded`, `new`, `moved`, `dropped`)
/// with its count.
public enum HistoryCSV {
    public static func render(_ history: SentenceHistory) -> String {
        var table = CSVTable(header: ["country", "kind", "section", "year", "sentence", "status", "count", "text", "removed", "added"])
        let country = history.country
        for lineage in history.lineages {
            let id = String(lineage.id)
            let section = lineage.section.rawValue
            table.append([country, "sentence", section, String(lineage.firstYear), id, "first", "", lineage.firstText, "", ""])
            for event in lineage.events {
                table.append([
                    country, "sentence", section, String(event.year), id, event.kind.rawValue, "", lineage.text(after: event),
                    event.removed.map(\.trimmingSpaces).joined(separator: " | "),
                    event.added.map(\.trimmingSpaces).joined(separator: " | "),
                ])
            }
            if !lineage.isCurrent {
                table.append([country, "sentence", section, String(lineage.lastYear), id, "last", "", lineage.text, "", ""])
            }
        }
        for share in history.shares {
            let counts = [
                ("sentences", share.sentences), ("carried", share.carried), ("reworded", share.reworded), ("new", share.new),
                ("moved", share.moved), ("dropped", share.dropped),
            ]
            for (measure, count) in counts {
                table.append([country, "share", share.section.rawValue, String(share.year), "", measure, String(count), "", "", ""])
            }
        }
        return table.text
    }
}
