/// What the figure readers ask of one folded word (a number word's value, a scale, whether it is a month, a
/// reference, a stop word, a verb that produces figures, ...), worked out once per distinct word of an edition
/// (see `Lexicon`) instead of by a set or dictionary look-up of its text each time a rule asks.
struct Lexeme: Equatable {
    /// The word lists a word belongs to.
    struct Classes: OptionSet, Equatable {
        let rawValue: UInt16
        /// `SentenceReader.references`: "article", "tier", "law", ...
        static let reference = Classes(rawValue: 1 << 0)
        /// `SentenceReader.months`: month names and their abbreviations.
        static let dateMonth = Classes(rawValue: 1 << 1)
        /// `Periods.months`: month names in full.
        static let periodMonth = Classes(rawValue: 1 << 2)
        /// `Periods.prepositions`: "in", "during", "by", ...
        static let preposition = Classes(rawValue: 1 << 3)
        /// `Periods.relativeWords`: "previous", "last", "current", ...
        static let relative = Classes(rawValue: 1 << 4)
        /// `Periods.makingVerbs`: "amended", "enacted", ...
        static let making = Classes(rawValue: 1 << 5)
        /// `SentenceReader.stops`: words that end what a figure counts.
        static let stop = Classes(rawValue: 1 << 6)
        /// `SentenceReader.verbs`: the verbs that produce figures.
        static let verb = Classes(rawValue: 1 << 7)
    }

    var classes: Classes
    /// `NumberReader.wordValue(_:)` of the word.
    var wordValue: Double?
    /// `NumberReader.scales` of the word ("million" → 1e6).
    var scale: Double?

    init(_ folded: String) {
        // A word in no list and no number word (nearly every word) is found absent with one look-up; only a
        // hyphenated word can still be a number word ("twenty-one").
        if let known = Self.known[folded] {
            self = known
        } else {
            classes = []
            wordValue = folded.utf8.contains(UInt8(ascii: "-")) ? NumberReader.wordValue(folded) : nil
            scale = nil
        }
    }

    /// The lexeme of a word by looking it up in every list.
    private init(everyList folded: String) {
        var classes: Classes = []
        for candidate in Self.all where Self.has(candidate, folded) { classes.insert(candidate) }
        self.classes = classes
        wordValue = NumberReader.wordValue(folded)
        scale = NumberReader.scales[folded]
    }

    /// Every word some list holds, with its lexeme.
    private static let known: [String: Lexeme] = {
        var words = Set<String>()
        words.formUnion(SentenceReader.references)
        words.formUnion(SentenceReader.months)
        words.formUnion(Periods.months)
        words.formUnion(Periods.prepositions)
        words.formUnion(Periods.relativeWords)
        words.formUnion(Periods.makingVerbs)
        words.formUnion(SentenceReader.stops)
        words.formUnion(SentenceReader.verbWords)
        words.formUnion(NumberReader.units.keys)
        words.formUnion(NumberReader.tens.keys)
        words.formUnion(NumberReader.scales.keys)
        return Dictionary(uniqueKeysWithValues: words.map { ($0, Lexeme(everyList: $0)) })
    }()

    private static let all: [Classes] = [.reference, .dateMonth, .periodMonth, .preposition, .relative, .making, .stop, .verb]

    /// Whether `folded` is in the list `candidate` names (one class), looked up by its text.
    static func has(_ candidate: Classes, _ folded: String) -> Bool {
        switch candidate {
        case .reference: SentenceReader.references.contains(folded)
        case .dateMonth: SentenceReader.months.contains(folded)
        case .periodMonth: Periods.months.contains(folded)
        case .preposition: Periods.prepositions.contains(folded)
        case .relative: Periods.relativeWords.contains(folded)
        case .making: Periods.makingVerbs.contains(folded)
        case .stop: SentenceReader.stops.contains(folded)
        case .verb: SentenceReader.isVerb(folded)
        default: false
        }
    }
}
