/// Reads editions from disk: one file, or every narrative in a year folder, with errors that name the file.
import Foundation
import TIPModel
import TIPXML

public struct EditionLoader: Sendable {
    /// Files larger than this are refused rather than read (a narrative is tens of kilobytes).
    public var maximumBytes = 16 * 1024 * 1024
    /// Tallies the editions parsed, for tests that pin "parsed once".
    public var counter: WorkCounter?

    public init(counter: WorkCounter? = nil) { self.counter = counter }

    /// Every edition at `path`: the file itself, or the `.txt` and `.html` files of a folder in name order.
    public func editions(at path: String) throws(EditionError) -> [Edition] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .missing(SourceLocation(path: path))
        }
        guard isFolder.boolValue else { return [try edition(at: path)] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadable(SourceLocation(path: path), reason: error.localizedDescription)
        }
        let files = names.filter { EditionPath.format(of: $0) != nil && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { throw .noEditions(SourceLocation(path: path)) }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        // Narratives are parsed on every core; the first failure in name order is the one reported.
        let results = Parallel.map(files) { file in Result { () throws(EditionError) in try edition(at: folder + "/" + file) } }
        return try results.map { result throws(EditionError) in try result.get() }
    }

    /// The edition in one file.
    public func edition(at path: String) throws(EditionError) -> Edition {
        guard let format = EditionPath.format(of: path) else { throw .unsupportedFormat(SourceLocation(path: path)) }
        let bytes = try read(path)
        return try edition(from: bytes, path: path, format: format)
    }

    /// The edition in `bytes`, as if read from `path`.
    public func edition(from bytes: [UInt8], path: String, format: EditionSource.Format) throws(EditionError) -> Edition {
        counter?.count(.editionsParsed)
        let sha = ContentHash.hex(of: bytes)
        let text = try Self.decode(bytes, path: path)
        switch format {
        case .text:
            return try TextImporter().edition(from: text, path: path, sha256: sha, format: .text)
        case .html:
            let page: HTMLText
            do {
                page = try HTMLText(parsing: Array(text.utf8), url: path, isFurniture: PageFurniture.contains)
            } catch {
                switch error {
                case .unparsable(let reason): throw .malformedHTML(SourceLocation(path: path), reason: reason)
                }
            }
            return try TextImporter().edition(
                from: page.text, path: path, sha256: sha, format: .html, headingLines: page.headingLines)
        }
    }

    private func read(_ path: String) throws(EditionError) -> [UInt8] {
        do {
            return try InputFile.read(path, limit: maximumBytes)
        } catch {
            switch error {
            case .missing: throw .missing(SourceLocation(path: path))
            case .unreadable(let reason): throw .unreadable(SourceLocation(path: path), reason: reason)
            case .notRegular, .tooLarge: throw .unreadable(SourceLocation(path: path), reason: error.message)
            }
        }
    }

    /// UTF-8 text without a byte-order mark; binary or malformed bytes are refused with their line and column.
    public static func decode(_ bytes: [UInt8], path: String) throws(EditionError) -> String {
        guard !bytes.isEmpty else { throw .empty(SourceLocation(path: path)) }
        if let nul = bytes.firstIndex(of: 0) {
            throw .binary(location(ofByte: nul, in: bytes, path: path))
        }
        var input = CountingIterator(base: bytes.makeIterator(), count: 0)
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        decoding: while true {
            let start = input.count
            switch decoder.decode(&input) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error: throw .notUTF8(location(ofByte: start, in: bytes, path: path))
            }
        }
        var text = String(scalars)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    /// Line and column (from 1, columns in characters of the valid text before it) of a byte offset.
    private static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        let before = bytes[..<offset]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return SourceLocation(path: path, line: line, column: prefix.unicodeScalars.count + 1)
    }
}

/// Counts the bytes a decoder has taken, so that an error can say where it is.
private struct CountingIterator: IteratorProtocol {
    var base: IndexingIterator<[UInt8]>
    var count: Int

    mutating func next() -> UInt8? {
        guard let byte = base.next() else { return nil }
        count += 1
        return byte
    }
}
