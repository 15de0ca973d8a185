/// Who a sentence says gave its figures: "NGOs reported ...", "According to an international organization, ...".
enum Attribution {
    /// The reporter a sentence names at its start, as one word: government, ngo, international-organization,
    /// media; `nil` when it names none.
    static func source(of tokens: [Token]) -> String? {
        var i = 0
        // "According to <source>, ..."
        if tokens.count > 2, tokens[0].isWord("according"), tokens[1].isWord("to") { i = 2 }
        let words = tokens[i...].prefix(6).prefix { $0.kind == .word }.map(\.folded)
        guard let first = words.firstIndex(where: { sources[$0] != nil }) else { return nil }
        // The reporter is the subject: a reporting verb follows it, or "according to" came before it.
        let rest = words[(first + 1)...]
        let reports =
            i == 2 || rest.first.map { reportingVerbs.contains($0) } == true
            || rest.dropFirst().first.map { reportingVerbs.contains($0) } == true
        guard reports, first <= 3 else { return nil }
        // "international organizations" and "an international NGO" are one kind of reporter.
        if words[first] == "international", let next = words.dropFirst(first + 1).first,
            sources[next] == "ngo" || next.hasPrefix("organization")
        {
            return "international-organization"
        }
        return sources[words[first]]
    }

    private static let sources: [String: String] = [
        "government": "government", "authorities": "government", "officials": "government", "ministry": "government",
        "police": "government", "regime": "government", "ngos": "ngo", "ngo": "ngo", "civil": "ngo",
        "international": "international-organization", "organizations": "international-organization",
        "io": "international-organization", "ios": "international-organization", "media": "media", "press": "media",
        "observers": "observers", "researchers": "observers",
    ]
    private static let reportingVerbs: Set<String> = [
        "reported", "reports", "stated", "indicated", "estimated", "noted", "said", "documented", "claimed", "alleged",
    ]
}
