import Dispatch
import Foundation

/// Removes temporary files when the process is interrupted (SIGINT, SIGTERM, SIGHUP), then ends it with the
/// status the signal would have given (128 + its number); cancelled once the work is done, when the previous
/// handling comes back. Signal handling is the process's: one at a time (a command's one long write).
public final class InterruptCleanup {
    private let sources: [DispatchSourceSignal]
    private let previous: [(Int32, sighandler_t?)]

    /// Watches for the signals from now on; `paths` (files or folders) are removed if one arrives.
    public init(removing paths: [String]) {
        let signals = [SIGINT, SIGTERM, SIGHUP]
        previous = signals.map { ($0, signal($0, SIG_IGN)) }
        sources = signals.map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                // The work goes on meanwhile and may add a file to a folder being removed: tried again.
                for path in paths {
                    var info = stat()
                    for _ in 0..<20 where lstat(path, &info) == 0 { try? FileManager.default.removeItem(atPath: path) }
                }
                // Dispatch keeps the signal blocked once it watches it: the process ends with the status a
                // shell gives a process the signal ended, 128 + its number.
                _exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    /// Stops watching and puts back what the signals did before.
    public func cancel() {
        for source in sources { source.cancel() }
        for (number, handler) in previous { signal(number, handler) }
    }

    deinit { cancel() }
}
