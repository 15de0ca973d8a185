import TIPSupport

/// The term report as one long CSV: a row per hit (term, country, year, section, sentence, text), then a
/// row per phrase shift and country, then a row per section length.
public enum TermsCSV {
    public static func render(_ report: TermReport) -> String {
        var table = CSVTable(header: ["kind", "term", "country", "year", "section", "sentence", "count", "text"])
        for term in report.terms {
            for hit in term.hits {
                table.append([
                    "hit", term.term, hit.country, String(hit.year), hit.section.rawValue, String(hit.sentence + 1), "", hit.text,
                ])
            }
        }
        for shift in report.removedFromMany.map({ ("removed-from-many", $0) }) + report.changedMost.map({ ("changed", $0) }) {
            let kind = "\(shift.0):\(shift.1.direction.rawValue)\(shift.1.wholeSentence ? ":sentence" : "")"
            for country in shift.1.countries {
                table.append([kind, "", country, String(shift.1.year), "", "", "", shift.1.phrase])
            }
        }
        for length in report.sectionLengths {
            table.append([
                "section-length", "", "", String(length.year), length.section.rawValue, String(length.sentences), String(length.words), "",
            ])
        }
        return table.text
    }
}
