import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPSupport

/// The report's changes as a spreadsheet: a row per change, the columns a person reads first (country,
/// section and kind of change in words, what changed, old, new, the difference, the notes attached), then
/// the technical columns of `diff --format csv` (ids, keys, indices, values, ranges) for scripts.
public enum ReportCSV {
    /// The columns a person reads, before the technical ones.
    public static let readable = ["country", "section", "change", "label", "old", "new", "difference", "notes"]

    /// Every column: the readable ones, then those of `ChangesCSV` that they do not repeat (`section_kind`
    /// is the section's key).
    public static let header = readable + ["id", "kind", "category", "section_kind"] + ChangesCSV.header.filter { !repeated.contains($0) }

    /// The columns of `ChangesCSV` that the readable ones and the ids before the technical ones already give.
    static let repeated: Set = ["id", "kind", "category", "country", "section", "old", "new"]

    /// UTF-8's byte-order mark, which spreadsheet programs read as "this file is UTF-8".
    public static let byteOrderMark = "\u{FEFF}"

    /// Every change of the report in document order, CRLF line ends, no byte-order mark.
    public static func render(_ report: Report) -> String {
        var details: [String: (label: String, difference: String)] = [:]
        var notes: [String: [PlacedNote]] = [:]
        for part in report.countries {
            for change in part.comparison.changes { details[change.id] = describe(change) }
            if let tier = part.comparison.tier { notes[tier.id, default: []] += part.tierNotes }
            for section in part.sections {
                for item in section.items { if let id = item.change?.id { notes[id, default: []] += item.notes } }
            }
            for term in part.terms { notes[term.change.id, default: []] += term.notes }
        }
        let technical = ChangesCSV.header.indices.filter { !repeated.contains(ChangesCSV.header[$0]) }
        let percent = ChangesCSV.header.firstIndex(of: "percent")
        var table = CSVTable(header: header)
        for record in ChangeRecords.of(report.comparison) {
            var row = ChangesCSV.fields(record)
            // A range moves by its ends: no single percent (the difference column names the end that moved).
            if let percent, record.oldUpper != nil || record.newUpper != nil { row[percent] = "" }
            let detail = details[record.id] ?? ("", "")
            let attached = (notes[record.id] ?? []).map(noteText).joined(separator: " | ")
            let fields =
                [
                    record.country ?? "", record.section.map(PlainWords.section) ?? "", PlainWords.one(record.kind), detail.label,
                    record.old ?? "", record.new ?? "", detail.difference, attached, record.id, record.kind.rawValue,
                    record.kind.category.rawValue, record.section?.rawValue ?? "",
                ] + technical.map { row[$0] }
            table.append(fields)
        }
        return table.text
    }

    /// What a change is about and its difference, in words: a figure's label and "+14, +233.3%".
    static func describe(_ change: Change) -> (label: String, difference: String) {
        switch change {
        case .tier(let tier): ("tier", tier.direction.rawValue)
        case .effort: ("effort finding", "")
        case .verdict(let verdict): ("\(PlainWords.section(verdict.section)) verdict", "")
        case .statistic(let statistic): (statistic.label, inWords(ChangeNumbers.delta(statistic.payload)))
        case .format: ("number written differently", "same value")
        case .term(let term): ("words replaced throughout", "\(term.count) places")
        default: ("", "")
        }
    }

    /// A delta in words, which a spreadsheet cannot take for a formula: "+14, +233.3%" → "up 14 (+233.3%)",
    /// "lower -1" → "lower end down 1", "+$700 million" → "up $700 million".
    static func inWords(_ delta: String) -> String {
        let signed = { (part: Substring) -> String in
            if part.hasPrefix("+") { return "up " + part.dropFirst() }
            if part.hasPrefix("-") { return "down " + part.dropFirst() }
            return String(part)
        }
        var parts = delta.split(separator: ", ", omittingEmptySubsequences: true).map { part -> String in
            for end in ["lower ", "upper "] where part.hasPrefix(end) {
                return end + "end " + signed(part.dropFirst(end.count))
            }
            return signed(part)
        }
        if parts.count == 2, delta.hasSuffix("%"), !parts[0].contains(" end ") {
            parts = [parts[0] + " (" + delta.split(separator: ", ").last.map(String.init)! + ")"]
        }
        return parts.joined(separator: ", ")
    }

    /// "M. Alvarez (open): Check the count."
    static func noteText(_ placed: PlacedNote) -> String {
        let note = placed.note
        return (note.author.map { $0 + " " } ?? "") + "(\(note.status.rawValue)): " + note.text
    }
}
