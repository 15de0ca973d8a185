import TIPAnnotations
import TIPDiff
import TIPModel
import TIPReport
import TIPStatistics
import TIPXML

/// The report's document.xml, as a walker over the change tree with the report model beside it: the summary
/// first, then each country's narrative as NEW has it with the changes as tracked changes and the notes as
/// comments, the figures as a table, the orphaned notes, and the provenance.
struct WordBody: ChangeWalker {
    typealias Failure = XMLFailure

    let report: Report
    let markup: WordMarkup
    /// The comments made so far, in the order their ranges open.
    var comments: [WordComment] = []
    /// The country being written, with its notes.
    var part: Report.CountryPart?
    var revision = WordRevision(oldYear: nil, newYear: nil)
    /// The country's place in the report, from 1: its bookmarks are `tipdiff_c<n>` on its heading and
    /// `tipdiff_c<n>_<kind>_<ordinal>` on its sections' (unique, and short of Word's 40 characters).
    var countryNumber = 0

    init(_ report: Report) throws(XMLFailure) {
        self.report = report
        markup = try WordMarkup()
    }

    public mutating func visitComparison(_ comparison: Comparison) throws(XMLFailure) {
        try markup.startDocument()
        try markup.paragraph(title, style: "Title")
        try markup.paragraph(
            "Written by \(report.tool). Tracked changes take the older edition to the newer one; reviewers' notes are comments.")
        try summary()
        for part in report.countries {
            self.part = part
            countryNumber += 1
            revision = WordRevision(oldYear: part.comparison.oldYear, newYear: part.comparison.newYear)
            try visit(part.comparison)
        }
        try figures()
        try orphanedNotes()
        try provenance()
    }

    /// Each country's narrative: a Heading 1, then its sections.
    public mutating func visitCountry(_ country: CountryComparison) throws(XMLFailure) {
        guard let part else { return }
        let years = "\(year(country.newYear)) narrative, with the changes since \(year(country.oldYear))"
        try markup.heading("\(country.country): the \(years)", level: 1, bookmark: "tipdiff_c\(countryNumber)")
        for section in part.sections { try narrative(section, of: country) }
    }

    var title: String {
        let comparison = report.comparison
        let years = comparison.countries.first.map { "\(year($0.oldYear)) → \(year($0.newYear))" } ?? ""
        let names = comparison.countries.map(\.country)
        let who = names.count == 1 ? names[0] : "\(names.count) countries"
        return "Trafficking in Persons report, \(who): what changed \(years)".trimmingCharacters(in: .whitespaces)
    }

    func year(_ year: Int?) -> String { year.map(String.init) ?? "undated" }

    /// A comment for `placed`: the note's text, its tags, its status and where it landed; returns its id.
    mutating func comment(_ placed: PlacedNote) -> Int {
        let note = placed.note
        let id = comments.count
        var paragraphs = note.text.split(separator: "\n\n", omittingEmptySubsequences: true).map {
            $0.split(separator: "\n").joined(separator: " ")
        }
        if paragraphs.isEmpty { paragraphs = [""] }
        if !note.tags.isEmpty { paragraphs.append("Tags: " + note.tags.joined(separator: ", ")) }
        var status = "Status: \(note.status.rawValue) · note \(note.id) · \(placed.file)"
        if placed.resolution.state != .exact { status += " · landed \(placed.resolution.state.rawValue)" }
        paragraphs.append(status)
        let author = note.author ?? "reviewer"
        let initials = String(author.split(separator: " ").compactMap(\.first).prefix(3))
        comments.append(
            WordComment(
                id: id, author: author, date: note.date.map { $0 + "T00:00:00Z" }, initials: initials.isEmpty ? "R" : initials,
                paragraphs: paragraphs, done: note.status == .resolved))
        return id
    }

    /// A paragraph of `text` that carries a comment for each of `notes` around the whole of it.
    mutating func commented(_ text: String, notes: [PlacedNote], style: String? = nil) throws(XMLFailure) {
        var ids: [Int] = []
        for note in notes { ids.append(comment(note)) }
        try markup.paragraph(style: style) { () throws(XMLFailure) in
            for id in ids { try markup.commentStart(id) }
            try markup.run(text)
            for id in ids.reversed() { try markup.commentEnd(id) }
        }
    }
}
