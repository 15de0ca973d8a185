import Foundation

/// Tallies of expensive work (editions parsed, statistics extracted, sections aligned), passed explicitly to
/// the loader and the differ so that a test can pin that each is done once per run.
public final class WorkCounter: @unchecked Sendable {
    public enum Work: Sendable, Hashable, CaseIterable {
        case editionsParsed, statisticsExtracted, sectionsAligned, pairsCompared, notesFilesRead
    }

    private let lock = NSLock()
    private var counts: [Work: Int] = [:]

    public init() {}

    public func count(_ work: Work) {
        lock.lock()
        counts[work, default: 0] += 1
        lock.unlock()
    }

    /// How many times `work` was done.
    public subscript(_ work: Work) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return counts[work, default: 0]
    }
}
