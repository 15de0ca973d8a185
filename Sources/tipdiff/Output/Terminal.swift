import Foundation

/// Whether standard output is a terminal that wants colour (NO_COLOR unset).
enum Terminal {
    static var wantsColour: Bool {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
