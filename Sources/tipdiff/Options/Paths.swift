import Foundation

/// Whether a path is a folder (a year of editions) rather than one file.
enum Paths {
    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
