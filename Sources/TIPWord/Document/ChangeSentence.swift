import TIPDiff

/// Which sentence of its section a change is about, on the side where its text still stands: NEW's for what
/// NEW has, OLD's for a removal. A note on the change is a comment on that sentence.
struct ChangeSentence: ChangeVisitor {
    struct Place: Equatable {
        var index: Int
        var onOld: Bool
    }

    mutating func defaultVisit(_ node: any ChangeNode) -> Place? { nil }

    mutating func visitSentence(_ change: Identified<SentenceChange>) -> Place? {
        if let new = change.newIndex { return Place(index: new, onOld: false) }
        return change.oldIndex.map { Place(index: $0, onOld: true) }
    }

    mutating func visitVerdict(_ change: Identified<VerdictChange>) -> Place? { Place(index: 0, onOld: false) }

    mutating func visitFormat(_ change: Identified<FormatChange>) -> Place? { Place(index: change.newIndex, onOld: false) }

    mutating func visitStatistic(_ change: Identified<StatisticChange>) -> Place? {
        if let new = change.new { return Place(index: new.sentence, onOld: false) }
        return change.old.map { Place(index: $0.sentence, onOld: true) }
    }
}
