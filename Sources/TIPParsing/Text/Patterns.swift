import TIPModel

/// Every regular expression the importer uses, built once: a Swift `Regex` is parsed when it is created,
/// so one made per line or per call costs more than the match itself.
enum Patterns {
    /// "[3] The text of a footnote."
    nonisolated(unsafe) static let footnoteLine = /\[\d{1,3}\]\s+\S.*/
    /// A footnote marker in running text: "[3]".
    nonisolated(unsafe) static let footnoteMarker = /\[\d{1,3}\]/
    /// "CUBA: Tier 3", "Cuba – Tier 2 Watch List"
    nonisolated(unsafe) static let colonHeading =
        /(?i)(?<name>[^:()\d]+?)\s*(?::|–|—|\s-)\s*(?<tier>tier\s*[123](?:\s*-?\s*(?:watch\s*-?\s*list|watchlist|wl))?|special\s+case)/
    /// "Cuba (Tier 3)"
    nonisolated(unsafe) static let parenthesisHeading =
        /(?i)(?<name>[^:()\d]+?)\s*\(\s*(?<tier>tier\s*[123](?:\s*-?\s*(?:watch\s*-?\s*list|watchlist|wl))?|special\s+case)\s*\)/
    /// "2025 Trafficking in Persons Report: Cuba"
    nonisolated(unsafe) static let reportTitleHeading = /(?i)\d{4}\s+trafficking\s+in\s+persons\s+report\s*:\s*(?<name>[^:\d]+)/
    /// The headline formula: "does not fully meet the minimum standards", "fully complies with the minimum standards".
    nonisolated(unsafe) static let minimumStandards = /(?i)(?:fully|not)\s+(?:meets?|compl(?:y|ies)\s+with)\s+the\s+minimum\s+standards/
    /// The profile's opening: "is a source, transit, and destination country".
    nonisolated(unsafe) static let profileOpening =
        /(?i)is\s+(?:a|primarily\s+a)\s+(?:source|transit|destination)(?:[,\s]+(?:and\s+|or\s+)?(?:source|transit|destination))*\s+country/
    /// "The Government of Cuba does ..."
    nonisolated(unsafe) static let governmentOf = /(?i)government\s+of\s+(?:the\s+)?(?<name>[A-Z][^.,;]{1,60}?)\s+(?:does|do|fully|is)\s/
    /// "2025 Trafficking in Persons Report"
    nonisolated(unsafe) static let reportYear = /(?i)(?<year>(?:19|20)\d\d)\s+(?:trafficking\s+in\s+persons|tip)\s+report/
    /// "for the third consecutive year", "for two consecutive years"
    nonisolated(unsafe) static let consecutiveYears =
        /(?:for\s+(?:a|the)\s+(?<ordinal>\w+)\s+consecutive\s+year)|(?:for\s+(?<count>\w+)\s+consecutive\s+years)/

    /// A tier as the lowercased text names it.
    static let tierWords = #"(tier\s*2\s*-?\s*(?:watch\s*-?\s*list|watchlist|wl)|tier\s*[123]|special\s+case)"#

    /// Movement statements, the movement each states, and words one of which the text must hold for the
    /// pattern to be worth running.
    nonisolated(unsafe) static let movements: [(Regex<AnyRegexOutput>, Movement, [String])] = [
        (
            compiled(#"(?:remained|remains|continued|was kept)\s+(?:on|at|in|a|as a)\s+"# + tierWords), .remained,
            ["remain", "continued", "was kept"]
        ),
        (
            compiled(#"(?:was\s+|is\s+)?(?:automatically\s+)?downgraded\s+(?:to|from\s+\S+(?:\s+\S+){0,3}\s+to)\s+"# + tierWords),
            .downgraded, ["downgraded"]
        ),
        (compiled(#"(?:was\s+|is\s+)?upgraded\s+(?:to|from\s+\S+(?:\s+\S+){0,3}\s+to)\s+"# + tierWords), .upgraded, ["upgraded"]),
    ]
    /// "is placed on Tier 2 Watch List"
    nonisolated(unsafe) static let placedOn = compiled(#"(?:placed|ranked|is|was)\s+(?:on|as|a)\s+"# + tierWords)
    /// "downgraded from Tier 2 Watch List"
    nonisolated(unsafe) static let gradedFrom = compiled(#"(?:up|down)graded\s+from\s+"# + tierWords)
    /// A tier at the end of a phrase.
    nonisolated(unsafe) static let trailingTier = compiled(tierWords + "$")

    /// A pattern written in this file: one that does not compile is a programming error caught by every test.
    private static func compiled(_ pattern: String) -> Regex<AnyRegexOutput> {
        do { return try Regex(pattern) } catch { preconditionFailure("tipdiff's own pattern \(pattern) does not compile: \(error)") }
    }
}
