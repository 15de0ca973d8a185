import TIPAnnotations
import TIPDiff
import TIPModel

extension Report {
    /// One element of a section: a change, or unchanged text or an unchanged figure that carries a note.
    public enum Item: Sendable {
        /// A change filed in the section (verdict, sentence, format, statistic or recommendation).
        case change(Change, notes: [PlacedNote])
        /// A sentence of NEW that did not change, with the notes anchored in it.
        case text(UnchangedText, notes: [PlacedNote])
        /// A figure of NEW that did not change, with the notes anchored to it.
        case figure(UnchangedFigure, notes: [PlacedNote])

        /// An unchanged sentence: its index in the section and its text.
        public struct UnchangedText: Sendable {
            public var index: Int
            public var text: String?
        }

        /// An unchanged figure: its key, what it counts, its sentence index and text as written.
        public struct UnchangedFigure: Sendable {
            public var key: String
            public var label: String?
            public var index: Int?
            public var text: String?
        }

        /// The item that reports `change`, or `nil` for a change a section does not list.
        init?(_ change: Change) {
            guard SectionComparison.filed.contains(change.kind.category) else { return nil }
            self = .change(change, notes: [])
        }

        public var notes: [PlacedNote] {
            get {
                switch self {
                case .change(_, let notes), .text(_, let notes), .figure(_, let notes): notes
                }
            }
            set {
                switch self {
                case .change(let change, _): self = .change(change, notes: newValue)
                case .text(let text, _): self = .text(text, notes: newValue)
                case .figure(let figure, _): self = .figure(figure, notes: newValue)
                }
            }
        }

        /// The change this item reports, if it reports one.
        public var change: Change? {
            if case .change(let change, _) = self { return change }
            return nil
        }

        /// Where the item stands in its section.
        var position: ReportItemPosition.Position {
            switch self {
            case .change(let change, _):
                var visitor = ReportItemPosition()
                return visitor.visit(change)
            case .text(let text, _): return ReportItemPosition.Position(group: 1, index: text.index)
            case .figure(let figure, _): return ReportItemPosition.Position(group: 2, index: figure.index)
            }
        }

        /// Verdict first, then text and number formats by position, statistics, recommendations.
        var order: (Int, Int, Int) {
            let position = self.position
            return (position.group, position.index ?? Int.max, position.isFormat ? 1 : 0)
        }
    }
}
