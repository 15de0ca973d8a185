import TIPModel

/// The sentences of one edition's PROSECUTION, PROTECTION and PREVENTION sections indexed by their words
/// of substance, so that finding the sentences that share a recommendation's subject reads only those.
struct EvidenceIndex {
    private var sentences: [(section: SectionKind, text: String)] = []
    private var words: [String: [Int]] = [:]

    /// The words of the country's name ("cuba", and the name's other words) say nothing of a subject.
    private var name: Set<String>

    init(_ edition: Edition) {
        name = Set(SubjectWords.of(edition.country))
        for section in edition.sections where [.prosecution, .protection, .prevention].contains(section.kind) {
            for sentence in section.sentences {
                for word in SubjectWords.of(sentence.text) { words[word, default: []].append(sentences.count) }
                sentences.append((section.kind, sentence.text))
            }
        }
    }

    /// The sentences sharing the most of `recommendation`'s words of substance (at least
    /// `LedgerBuilder.sharedWords`), most shared first, then in reading order.
    func evidence(for recommendation: String) -> [LedgerYear.Evidence] {
        let subject = SubjectWords.of(recommendation).filter { !name.contains($0) }
        var shared: [Int: [String]] = [:]
        for word in subject { for i in words[word] ?? [] { shared[i, default: []].append(word) } }
        return shared.filter { $0.value.count >= LedgerBuilder.sharedWords }
            .sorted { a, b in a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key }
            .prefix(LedgerBuilder.evidencePerYear)
            .map { LedgerYear.Evidence(section: sentences[$0.key].section, text: sentences[$0.key].text, shared: $0.value) }
    }
}
