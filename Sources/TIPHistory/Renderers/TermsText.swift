import TIPSupport

/// The term report as text: each term's count per year (with a bar) and its first hits, then the wording
/// removed from many countries and the shifts that touched most countries, then section lengths per year.
public enum TermsText {
    /// How many hits of each term the text quotes (JSON and CSV have them all).
    public static let quotedHits = 5

    public static func render(_ report: TermReport) -> String {
        let span = report.years.isEmpty ? "no editions" : "\(report.years.first!)–\(report.years.last!)"
        var out = ["\(report.countries) countr\(report.countries == 1 ? "y" : "ies"), \(report.years.count) edition years (\(span))"]
        for term in report.terms {
            let top = max(1, term.byYear.map(\.count).max() ?? 1)
            out += ["", "\"\(term.term)\": \(term.hits.count) hit\(term.hits.count == 1 ? "" : "s")"]
            for cell in term.byYear {
                let countries = Set(term.byCountry.filter { $0.year == cell.year }.compactMap(\.country)).count
                out.append(
                    "  \(cell.year)  " + String(cell.count).leftPadded(6) + "  in \(String(countries).leftPadded(3)) countries  "
                        + String(repeating: "█", count: (cell.count * 30 + top - 1) / top))
            }
            for hit in term.hits.prefix(quotedHits) {
                out.append("  \(hit.country) \(hit.year) \(hit.section.rawValue) #\(hit.sentence + 1): \(hit.text.truncated(to: 100))")
            }
            if term.hits.count > quotedHits { out.append("  … \(term.hits.count - quotedHits) more (--format csv lists every hit)") }
        }
        if report.terms.isEmpty {
            out += ["", "removed from many countries in one year (\(Int(TermCounter.manyCountries * 100))% or more of those compared):"]
            if report.removedFromMany.isEmpty { out.append("  none") }
            for shift in report.removedFromMany { out.append(line(shift)) }
            out += ["", "wording added or removed in the most countries in one year:"]
            if report.changedMost.isEmpty { out.append("  none") }
            for shift in report.changedMost { out.append(line(shift)) }
        }
        out += ["", "section lengths (sentences, words) summed over the countries:"]
        out.append(
            "  " + "year".padded(6) + "section".padded(17) + "editions".leftPadded(9) + "sentences".leftPadded(11) + "words".leftPadded(9))
        for length in report.sectionLengths {
            out.append(
                "  " + String(length.year).padded(6) + length.section.rawValue.padded(17) + String(length.editions).leftPadded(9)
                    + String(length.sentences).leftPadded(11) + String(length.words).leftPadded(9))
        }
        return out.joined(separator: "\n")
    }

    static func line(_ shift: PhraseShift) -> String {
        let what = shift.wholeSentence ? "sentence \(shift.direction.rawValue)" : "words \(shift.direction.rawValue)"
        return "  \(shift.year)  \(String(shift.countries.count).leftPadded(3))/\(shift.comparable)  " + what.padded(17)
            + "\"\(shift.phrase.truncated(to: 90))\""
    }
}
