import TIPDiff
import TIPModel

/// Where a note anchored to a change lands, read off the change's node: its section, its sentence (NEW's when
/// the text is still there), NEW's range, and the text found there (NEW's, else OLD's).
struct ChangePlace: ChangeVisitor {
    struct Place {
        var section: SectionKind?
        var sentence: Int?
        var range: TextRange?
        var found: String?
    }

    mutating func defaultVisit(_ node: any ChangeNode) -> Place { Place() }

    mutating func visitTier(_ change: Identified<TierChange>) -> Place { Place(section: .headline, found: change.newSummary) }

    mutating func visitEffort(_ change: Identified<EffortChange>) -> Place {
        Place(section: .headline, range: change.newRange, found: change.new?.rawValue ?? change.old?.rawValue)
    }

    mutating func visitVerdict(_ change: Identified<VerdictChange>) -> Place {
        Place(section: change.section, range: change.newRange, found: change.newPhrase ?? change.oldPhrase)
    }

    mutating func visitSectionChange(_ change: Identified<SectionChange>) -> Place {
        Place(section: change.section, range: change.presence == .added ? change.range : nil, found: change.heading)
    }

    mutating func visitSentence(_ change: Identified<SentenceChange>) -> Place {
        Place(
            section: change.section, sentence: change.newIndex ?? change.oldIndex, range: change.newRange, found: change.new ?? change.old)
    }

    mutating func visitTerm(_ change: Identified<TermChange>) -> Place { Place(found: change.new) }

    mutating func visitStatistic(_ change: Identified<StatisticChange>) -> Place {
        Place(
            section: change.section, sentence: change.new?.sentence ?? change.old?.sentence, range: change.new?.range,
            found: change.new?.text ?? change.old?.text)
    }

    mutating func visitFormat(_ change: Identified<FormatChange>) -> Place {
        Place(section: change.section, sentence: change.newIndex, range: change.newRange, found: change.new)
    }

    mutating func visitRecommendation(_ change: Identified<RecommendationChange>) -> Place {
        Place(
            section: .recommendations, sentence: change.newIndex ?? change.oldIndex, range: change.newRange, found: change.new ?? change.old
        )
    }
}
