import Foundation
import TIPModel
import TIPSupport

/// A year folder receiving narratives (from `split` or `import`) all at once or not at all: every planned
/// path checked before a byte is written (nothing replaced unless asked, no folder or file with other
/// names in the way, no input overwritten), the narratives written into a hidden folder beside it, which
/// then takes the year folder's place. A run killed on the way leaves the year folder as it was.
public struct YearFolder {
    /// Narratives are in the folder already and replacing them was not asked for: the first of them, and how
    /// many (the command line says how to ask).
    public struct Occupied: Error {
        public var path: String
        public var folder: String
        public var count: Int
    }

    /// The year folder.
    public let folder: String
    /// The hidden folder beside it that receives the narratives.
    let staging: String
    /// The narratives' file names.
    let names: Set<String>
    /// Removes the hidden folder if the run is interrupted (SIGINT, SIGTERM, SIGHUP) while it is written.
    let interrupt: InterruptCleanup

    /// Checks every planned path and makes the hidden folder; nothing is written in `folder` yet.
    public static func prepare(_ folder: String, files planned: [String], inputs: [String], force: Bool) throws -> YearFolder {
        // A year folder that is a link to a folder (the path named) is followed: its target is replaced.
        let url = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        removeLeftovers(of: url)
        let files = Array(Set(planned)).sorted()
        if !force {
            let existing = files.filter { exists($0) }
            if let first = existing.first { throw Occupied(path: first, folder: folder, count: existing.count) }
        }
        try OutputPaths.check(files, inputs: inputs)
        var info = stat()
        if lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR {
            throw AtomicFile.Failure(path: folder, reason: "it is not a folder; a year folder cannot replace it")
        }
        for file in files where lstat(file, &info) == 0 {
            switch info.st_mode & S_IFMT {
            // A link is replaced by the narrative, never written through: its target is left as it is.
            case S_IFLNK: continue
            case S_IFREG: if info.st_nlink > 1 { try AtomicFile.check(file) }
            default:
                throw AtomicFile.Failure(
                    path: file, reason: "it is \(InputFile.kind(of: info.st_mode & S_IFMT)), not a narrative; move it away first")
            }
        }
        let parent = url.deletingLastPathComponent().path
        do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
            throw AtomicFile.Failure(path: folder, reason: "cannot create the folder \(parent)")
        }
        let staging = "\(parent)/.\(url.lastPathComponent).tipdiff-\(getpid()).partial"
        try? FileManager.default.removeItem(atPath: staging)
        guard mkdir(staging, 0o755) == 0 else {
            throw AtomicFile.Failure(
                path: folder, reason: "cannot create a temporary folder in \(parent): \(String(cString: strerror(errno)))")
        }
        return YearFolder(
            folder: url.path, staging: staging, names: Set(files.map { URL(fileURLWithPath: $0).lastPathComponent }),
            interrupt: InterruptCleanup(removing: [staging]))
    }

    /// Writes one narrative (at its planned path in the year folder) into the hidden folder.
    public func write(_ bytes: [UInt8], to path: String) throws {
        do { try AtomicFile.write(bytes, to: "\(staging)/\(URL(fileURLWithPath: path).lastPathComponent)") } catch {
            throw AtomicFile.Failure(path: path, reason: error.reason)
        }
    }

    /// Puts the narratives in place: the hidden folder, with every other entry of the year folder linked
    /// or moved into it, takes the year folder's name; the old folder is then removed.
    public func commit() throws {
        // From here the hidden folder may hold the year folder's own folders: an interruption leaves it for
        // the next run, which puts them back.
        interrupt.cancel()
        var info = stat()
        guard lstat(folder, &info) == 0 else {
            guard rename(staging, folder) == 0 else { throw failure("cannot put the narratives in place") }
            return
        }
        let aside = staging.replacingOccurrences(of: ".partial", with: ".replaced")
        var moved: [String] = []
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !names.contains($0) }.sorted()
        for name in others {
            guard lstat("\(folder)/\(name)", &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                guard rename("\(folder)/\(name)", "\(staging)/\(name)") == 0 else {
                    throw undo(moved, failure("cannot move \(name) along"))
                }
                moved.append(name)
            } else if linkat(AT_FDCWD, "\(folder)/\(name)", AT_FDCWD, "\(staging)/\(name)", 0) != 0 {
                throw undo(moved, failure("cannot keep \(name)"))
            }
        }
        guard rename(folder, aside) == 0 else { throw undo(moved, failure("cannot replace it")) }
        guard rename(staging, folder) == 0 else {
            let error = failure("cannot put the narratives in place")
            rename(aside, folder)
            throw undo(moved, error)
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    /// Removes the hidden folder after a failure; the year folder is as it was.
    public func discard() {
        interrupt.cancel()
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Moves the folders taken along back and removes the hidden folder; returns `error`.
    private func undo(_ moved: [String], _ error: AtomicFile.Failure) -> AtomicFile.Failure {
        for name in moved { rename("\(staging)/\(name)", "\(folder)/\(name)") }
        discard()
        return error
    }

    /// A failure of the call that just set `errno`.
    private func failure(_ reason: String) -> AtomicFile.Failure {
        AtomicFile.Failure(path: folder, reason: "\(reason): \(String(cString: strerror(errno)))")
    }

    /// The hidden folders of earlier runs that were killed, told by their name and a process id no longer
    /// running: a replaced year folder whose successor never took its place is put back, then a half-written
    /// one is removed (the user's folders it took along moved back first).
    private static func removeLeftovers(of folder: URL) {
        let parent = folder.deletingLastPathComponent().path
        let prefix = ".\(folder.lastPathComponent).tipdiff-"
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { name in
            let rest = name.dropFirst(prefix.count)
            guard name.hasPrefix(prefix), let dot = rest.firstIndex(of: "."), let pid = Int32(rest[..<dot]) else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }
        for name in leftovers where name.hasSuffix(".replaced") {
            let path = "\(parent)/\(name)"
            if !exists(folder.path) { rename(path, folder.path) } else { try? FileManager.default.removeItem(atPath: path) }
        }
        for name in leftovers where name.hasSuffix(".partial") {
            let path = "\(parent)/\(name)"
            var kept = false
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                var info = stat()
                if lstat("\(path)/\(entry)", &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
                    kept = kept || exists("\(folder.path)/\(entry)") || rename("\(path)/\(entry)", "\(folder.path)/\(entry)") != 0
                }
            }
            if !kept { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
