import TIPDiff
import TIPModel
import TIPStatistics
import TIPXML

/// The report XML's section items: the element for a change (opened, not closed, so that the caller can add
/// its notes), or for unchanged text or an unchanged figure that carries a note.
extension ReportXML {
    /// The element for an unchanged figure that carries a note.
    func unchanged(_ figure: Report.Item.UnchangedFigure) throws(XMLFailure) {
        try w.start("statistic")
        try w.attribute("change", "unchanged")
        try w.attribute("key", figure.key)
        try w.attribute("label", figure.label)
        try w.attribute("new", figure.text)
        try w.attribute("new-index", figure.index.map(String.init))
    }

    /// The element for an unchanged sentence that carries a note.
    func unchanged(_ text: Report.Item.UnchangedText) throws(XMLFailure) {
        try w.start("sentence")
        try w.attribute("change", SentenceChange.Status.unchanged.rawValue)
        try w.attribute("new-index", String(text.index))
        try w.start("text")
        try w.inline { () throws(XMLFailure) in
            try w.text(text.text ?? "")
            try w.end()
        }
    }

    public mutating func visitTerm(_ change: Identified<TermChange>) throws(XMLFailure) {
        try w.start("term")
        try w.attribute("id", change.id)
        try w.attribute("old", change.old)
        try w.attribute("new", change.new)
        try w.attribute("count", String(change.count))
    }

    public mutating func visitVerdict(_ change: Identified<VerdictChange>) throws(XMLFailure) {
        try w.start("verdict")
        try w.attribute("id", change.id)
        try w.attribute("old", change.old?.rawValue)
        try w.attribute("new", change.new?.rawValue)
        try w.attribute("old-qualifier", change.oldQualifier)
        try w.attribute("new-qualifier", change.newQualifier)
    }

    public mutating func visitFormat(_ change: Identified<FormatChange>) throws(XMLFailure) {
        try w.start("format")
        try w.attribute("id", change.id)
        try w.attribute("old-index", String(change.oldIndex))
        try w.attribute("new-index", String(change.newIndex))
        try w.attribute("old", change.old)
        try w.attribute("new", change.new)
        try w.attribute("value", Statistic.format(change.value))
    }

    public mutating func visitStatistic(_ change: Identified<StatisticChange>) throws(XMLFailure) {
        try w.start("statistic")
        try w.attribute("id", change.id)
        try w.attribute("change", change.operation.rawValue)
        try w.attribute("key", change.key)
        try w.attribute("label", change.label)
        try w.attribute("old", change.old?.text)
        try w.attribute("new", change.new?.text)
        try w.attribute("old-figure", change.old.map { ChangeNumbers.figure($0, of: change.payload) })
        try w.attribute("new-figure", change.new.map { ChangeNumbers.figure($0, of: change.payload) })
        try w.attribute("old-value", change.old.map { Statistic.format($0.value) })
        try w.attribute("new-value", change.new.map { Statistic.format($0.value) })
        try w.attribute("delta", change.delta.map(Statistic.format))
        try w.attribute("old-upper", change.old?.upper.map(Statistic.format))
        try w.attribute("new-upper", change.new?.upper.map(Statistic.format))
        try w.attribute("upper-delta", change.upperDelta.map(Statistic.format))
        let moved = change.delta != nil || change.lowerDelta != nil || change.upperDelta != nil
        try w.attribute("delta-text", moved ? ChangeNumbers.delta(change.payload).components(separatedBy: ", ").first : nil)
        try w.attribute("old-period", change.old?.period)
        try w.attribute("new-period", change.new?.period)
        try w.attribute("prior", change.prior ? "true" : nil)
        // A range has no single percent: the ends move on their own (the delta text names the end that moved).
        let isRange = change.old?.upper != nil || change.new?.upper != nil
        try w.attribute("percent", isRange ? nil : ChangeNumbers.percent(change.payload))
        try w.attribute("old-index", change.old.map { String($0.sentence) })
        try w.attribute("new-index", change.new.map { String($0.sentence) })
    }

    public mutating func visitSentence(_ change: Identified<SentenceChange>) throws(XMLFailure) {
        try Self.open(w, "sentence", id: change.id, status: change.status.rawValue, change.oldIndex, change.newIndex)
        try w.attribute("length", change.length.map(String.init))
        try w.attribute("from-section", change.oldSection?.rawValue)
        try Self.text(
            w, edits: change.edits, added: change.operation == .added ? change.new : nil,
            removed: change.operation == .removed ? change.old : nil, plain: change.new)
    }

    public mutating func visitRecommendation(_ change: Identified<RecommendationChange>) throws(XMLFailure) {
        try Self.open(w, "recommendation", id: change.id, status: change.operation.rawValue, change.oldIndex, change.newIndex)
        try Self.text(
            w, edits: change.edits, added: change.operation == .added ? change.new : nil,
            removed: change.operation == .removed ? change.old : nil, plain: change.new)
    }

    /// Opens a text element with its id, change status and sentence (or item) indices.
    private static func open(
        _ w: XMLWriter, _ name: String, id: String, status: String, _ oldIndex: Int?, _ newIndex: Int?
    ) throws(XMLFailure) {
        try w.start(name)
        try w.attribute("id", id)
        try w.attribute("change", status)
        try w.attribute("old-index", oldIndex.map(String.init))
        try w.attribute("new-index", newIndex.map(String.init))
    }

    /// The `text` element: word edits as `del`/`ins`, a whole added or removed text, or plain text.
    private static func text(_ w: XMLWriter, edits: [WordEdit]?, added: String?, removed: String?, plain: String?) throws(XMLFailure) {
        try w.start("text")
        try w.inline { () throws(XMLFailure) in
            if let edits {
                for edit in edits {
                    switch edit.op {
                    case .equal: try w.text(edit.text)
                    case .delete: try w.element("del", edit.text)
                    case .insert: try w.element("ins", edit.text)
                    }
                }
            } else if let added {
                try w.element("ins", added)
            } else if let removed {
                try w.element("del", removed)
            } else {
                try w.text(plain ?? "")
            }
            try w.end()
        }
    }
}
