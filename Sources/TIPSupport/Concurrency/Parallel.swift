import Foundation

/// Maps work items on every core, keeping their order: countries of a year, narratives of a folder.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let slots = Slots(base: results)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.base[index] = transform(items[index])
        }
        return results.map { $0! }
    }

    /// Each iteration writes only its own slot.
    private struct Slots<R>: @unchecked Sendable { let base: UnsafeMutableBufferPointer<R?> }
}
