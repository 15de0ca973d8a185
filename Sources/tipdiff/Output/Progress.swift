import Foundation

/// A progress line on standard error for long runs: only on a terminal, never into a pipe or with --quiet.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var last = Date.distantPast
    private var shown = false

    /// A progress line when standard error is a terminal and `quiet` is not set; `nil` otherwise.
    static func line(quiet: Bool) -> Progress? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return Progress()
    }

    /// Redraws the line, at most ten times a second.
    func show(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.1 else { return }
        last = now
        shown = true
        let elapsed = String(format: "%.1f", now.timeIntervalSince(start))
        FileHandle.standardError.write(Data("\r\(text) (\(elapsed) s)\u{1B}[K".utf8))
    }

    /// Ends the line so that what follows starts on a fresh one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
