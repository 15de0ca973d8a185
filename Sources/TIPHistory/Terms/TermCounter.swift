import TIPModel
import TIPSupport

/// Counts terms across an archive and finds the wording whose use changed: each term's hits by a scan of
/// every sentence once, and the phrase shifts from each country's sentence history (each consecutive pair
/// of editions aligned once), so the work grows with the number of editions, not with its square.
public enum TermCounter {
    /// A phrase is "removed from many countries" when at least this share of the countries comparable that
    /// year lost it (and at least `minimumCountries`).
    public static let manyCountries = 0.25
    public static let minimumCountries = 2
    /// How many shifts `changedMost` lists.
    public static let changedMostCount = 20

    /// The report over `archive` (each country with its editions by year); with no `terms`, the shifts.
    public static func report(archive: [(country: String, editions: [(year: Int, edition: Edition)])], terms: [String]) -> TermReport {
        let years = Array(Set(archive.flatMap { $0.editions.map(\.year) })).sorted()
        let wanted = terms.map { (term: $0, folded: fold($0)) }
        var hits = [[TermHit]](repeating: [], count: wanted.count)
        var lengths: [SectionLengthKey: SectionLength] = [:]
        for (country, editions) in archive {
            for (year, edition) in editions {
                for section in edition.sections {
                    let key = SectionLengthKey(year: year, section: section.kind)
                    var length = lengths[key] ?? SectionLength(year: year, section: section.kind, editions: 0, sentences: 0, words: 0)
                    length.editions += 1
                    for (index, sentence) in section.sentences.enumerated() {
                        length.sentences += 1
                        length.words += sentence.text.split(whereSeparator: \.isWhitespace).count
                        guard !wanted.isEmpty else { continue }
                        let text = fold(sentence.text)
                        for (t, term) in wanted.enumerated() {
                            for _ in 0..<occurrences(of: term.folded, in: text) {
                                hits[t].append(
                                    TermHit(
                                        country: country, year: year, path: edition.source.path, section: section.kind, sentence: index,
                                        text: sentence.text))
                            }
                        }
                    }
                    lengths[key] = length
                }
            }
        }
        let counts = wanted.enumerated().map { TermCount(term: $1.term, years: years, hits: hits[$0]) }
        let sectionLengths = lengths.values.sorted { ($0.year, rank($0.section)) < ($1.year, rank($1.section)) }
        guard terms.isEmpty else {
            return TermReport(
                countries: archive.count, years: years, terms: counts, sectionLengths: sectionLengths, changedMost: [], removedFromMany: [])
        }
        let histories = Parallel.map(archive) { HistoryBuilder.history(country: $0.country, editions: $0.editions) }
        let shifts = self.shifts(histories)
        return TermReport(
            countries: archive.count, years: years, terms: counts, sectionLengths: sectionLengths,
            changedMost: Array(shifts.prefix(changedMostCount)), removedFromMany: removedFromMany(shifts))
    }

    /// The shifts that removed a phrase from at least `manyCountries` of the countries comparable that year.
    static func removedFromMany(_ shifts: [PhraseShift]) -> [PhraseShift] {
        shifts.filter { shift in
            shift.direction == .removed && shift.countries.count >= minimumCountries
                && Double(shift.countries.count) >= manyCountries * Double(shift.comparable)
        }
    }

    /// Every phrase added or removed in a year, with the countries, most countries first.
    static func shifts(_ histories: [SentenceHistory]) -> [PhraseShift] {
        struct Key: Hashable {
            var year: Int
            var direction: PhraseShift.Direction
            var whole: Bool
            var phrase: String
        }
        var countries: [Key: Set<String>] = [:]
        var comparable: [Int: Int] = [:]
        for history in histories {
            for year in history.years.dropFirst() { comparable[year, default: 0] += 1 }
            let name = history.country
            let next = Dictionary(zip(history.years, history.years.dropFirst()), uniquingKeysWith: { a, _ in a })
            for lineage in history.lineages {
                for event in lineage.events where event.kind == .reworded {
                    for run in event.removed {
                        countries[Key(year: event.year, direction: .removed, whole: false, phrase: phrase(run, name)), default: []].insert(
                            name)
                    }
                    for run in event.added {
                        countries[Key(year: event.year, direction: .added, whole: false, phrase: phrase(run, name)), default: []].insert(
                            name)
                    }
                }
                if lineage.firstYear != history.years.first {
                    countries[
                        Key(year: lineage.firstYear, direction: .added, whole: true, phrase: phrase(lineage.firstText, name)), default: []
                    ]
                    .insert(name)
                }
                if !lineage.isCurrent, let year = next[lineage.lastYear] {
                    countries[Key(year: year, direction: .removed, whole: true, phrase: phrase(lineage.text, name)), default: []].insert(
                        name)
                }
            }
        }
        // A run of numbers alone ("2013 (54 in 2012") is a figure that changed, not wording.
        return countries.filter { hasWord($0.key.phrase) }
            .map {
                PhraseShift(
                    year: $0.key.year, direction: $0.key.direction, wholeSentence: $0.key.whole, phrase: $0.key.phrase,
                    countries: $0.value.sorted(), comparable: comparable[$0.key.year, default: 0])
            }
            .sorted { a, b in
                if a.countries.count != b.countries.count { return a.countries.count > b.countries.count }
                return (a.year, a.direction.rawValue, a.phrase) < (b.year, b.direction.rawValue, b.phrase)
            }
    }

    /// The run as a phrase: spaces folded, punctuation at its ends dropped, the country's name as `{country}`.
    static func phrase(_ run: String, _ country: String) -> String {
        let words = run.replacingOccurrences(of: country, with: "{country}").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let edges: Set<Character> = [" ", ",", ";", ":", ".", "(", ")", "“", "”", "\""]
        var phrase = Substring(words)
        while let first = phrase.first, edges.contains(first) { phrase.removeFirst() }
        while let last = phrase.last, edges.contains(last) { phrase.removeLast() }
        return String(phrase)
    }

    /// Whether `phrase` has a word of three letters or more.
    static func hasWord(_ phrase: String) -> Bool {
        var letters = 0
        for character in phrase {
            letters = character.isLetter ? letters + 1 : 0
            if letters >= 3 { return true }
        }
        return false
    }

    /// Lowercased, with curly quotes and apostrophes straightened, for matching.
    static func fold(_ text: String) -> String {
        FoldedText.fold(text) ?? foldedByCharacters(text)
    }

    /// `fold` through Foundation, for any text: the general path the byte-level fold answers for.
    static func foldedByCharacters(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
    }

    /// How often `term` occurs in `text` as whole words (no letter or digit just before or after).
    static func occurrences(of term: String, in text: String) -> Int {
        guard !term.isEmpty else { return 0 }
        return FoldedText.occurrences(of: term, in: text) ?? occurrencesByCharacters(of: term, in: text)
    }

    /// `occurrences` through Foundation's search and Swift's characters, for any text: the general path the
    /// byte-level count answers for.
    static func occurrencesByCharacters(of term: String, in text: String) -> Int {
        guard !term.isEmpty else { return 0 }
        var count = 0
        var from = text.startIndex
        while let found = text.range(of: term, range: from..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false) && !(after?.isLetter ?? false || after?.isNumber ?? false) {
                count += 1
            }
            from = text.index(after: found.lowerBound)
        }
        return count
    }

    struct SectionLengthKey: Hashable {
        var year: Int
        var section: SectionKind
    }

    private static func rank(_ kind: SectionKind) -> Int { SectionKind.allCases.firstIndex(of: kind) ?? 0 }
}
