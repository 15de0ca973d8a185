import Foundation
import TIPModel
import TIPSupport
import TIPXML

/// Reads editions from disk: one file, or every narrative in a year folder, with errors that name the file.
public struct EditionLoader: Sendable {
    /// Files larger than this are refused rather than read (a narrative is tens of kilobytes).
    public var maximumBytes = 16 * 1024 * 1024
    /// Tallies the editions parsed, for tests that pin "parsed once".
    public var counter: WorkCounter?
    /// Where warnings go (a file in a year folder that is not a narrative, say); by default nowhere.
    public var warn: @Sendable (Diagnostic) -> Void
    /// A country's usual name, from any name for it (the alias table), or `nil` for a name it does not know.
    /// When given, editions take the table's spelling ("CÔTE D'IVOIRE" is Côte d'Ivoire), and a file in a
    /// year folder whose name and narrative both name no country (a saved index page) is skipped.
    public var canonicalName: (@Sendable (String) -> String?)?
    /// Which files of a year folder are read, by file name; `nil` for every one. A file left out is never
    /// opened, so a run asked for one country reads only that country's narratives.
    public var reads: (@Sendable (String) -> Bool)?

    public init(counter: WorkCounter? = nil, warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }) {
        self.counter = counter
        self.warn = warn
    }

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
        let listed = names.filter { EditionPath.format(of: $0) != nil && !$0.hasPrefix(".") }.sorted()
        guard !listed.isEmpty else { throw .noEditions(SourceLocation(path: path)) }
        let files = reads.map { reads in listed.filter(reads) } ?? listed
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        // Narratives are parsed on every core; the first failure in name order is the one reported.
        let results = Parallel.map(files) { file in Result { () throws(EditionError) in try edition(at: folder + "/" + file) } }
        // A file with no narrative in it (a saved index page) is skipped with a warning;
        // any other problem is the user's to fix.
        var editions: [Edition] = []
        for result in results {
            switch result {
            case .success(let edition):
                let stem = EditionPath.stem(of: edition.source.path).replacingOccurrences(of: "-", with: " ")
                if let canonicalName, canonicalName(stem) == nil, canonicalName(edition.country) == nil {
                    warn(
                        Diagnostic(
                            .warning, location: SourceLocation(path: edition.source.path),
                            message: "neither the file name nor the narrative names a country the alias table knows: skipped"))
                    continue
                }
                if let canonicalName, canonicalName(stem) == nil {
                    warn(
                        Diagnostic(
                            .warning, location: SourceLocation(path: edition.source.path),
                            message:
                                "the file name '\(stem)' is no country the alias table knows; read as \(edition.country), the country its narrative names"
                        ))
                }
                editions.append(edition)
            case .failure(.noNarrative(let location)):
                warn(Diagnostic(.warning, location: location, message: "no narrative in this file: skipped"))
            case .failure(let error): throw error
            }
        }
        // A folder whose files were all left out by `reads` holds editions, just none asked for.
        guard !editions.isEmpty || files.count < listed.count else { throw .noEditions(SourceLocation(path: path)) }
        // Two editions of one country (cuba.txt beside cuba.html, or two names the alias table joins) would
        // count as two countries and place each note twice: refused, naming both files.
        var first: [String: String] = [:]
        for edition in editions {
            let key = CountryKey.of(edition.country)
            if let earlier = first[key] {
                throw .twoEditions(SourceLocation(path: edition.source.path), country: edition.country, first: earlier)
            }
            first[key] = edition.source.path
        }
        return editions
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
        var edition = try parse(bytes, path: path, format: format)
        if let name = canonicalName?(edition.country) { edition.country = name }
        for warning in edition.warnings { warn(Diagnostic(.warning, location: SourceLocation(path: path), message: warning)) }
        return edition
    }

    private func parse(_ bytes: [UInt8], path: String, format: EditionSource.Format) throws(EditionError) -> Edition {
        let sha = ContentHash.hex(of: bytes)
        switch format {
        case .pdf:
            // One narrative's PDF, read as `import` reads a whole report; a whole report is refused here.
            let pdf = try PDFEdition.text(of: bytes, path: path)
            let found = ReportNarratives(pdf, canonical: { canonicalName?($0) })
            if found.narratives.count > 1 {
                throw .wholeReport(SourceLocation(path: path), narratives: found.narratives.count)
            }
            var edition = try TextImporter().edition(from: found.narratives.first?.text ?? pdf.text, path: path, sha256: sha, format: .pdf)
            // Font garbage left out is said, never silent.
            edition.warnings += PDFEdition.garbageWarnings(pdf.garbage, location: SourceLocation(path: path), limit: 10).map(\.message)
            return edition
        case .text:
            return try TextImporter().edition(from: try Self.decode(bytes, path: path), path: path, sha256: sha, format: .text)
        case .html:
            let text = try Self.decode(bytes, path: path)
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

    /// The bytes of the file at `path`, at most `maximumBytes`, with the edition error a bad path deserves.
    public func read(_ path: String) throws(EditionError) -> [UInt8] {
        do { return try InputFile.read(path, limit: maximumBytes) } catch { throw EditionError(error, path: path) }
    }

    /// The edition's text: UTF-8 (a byte-order mark dropped), or UTF-16 with its byte-order mark; binary or
    /// malformed bytes are refused with their line and column. Lone carriage returns (old Mac line ends)
    /// become line feeds and control characters become U+FFFD, one scalar for one, so offsets still count
    /// the decoded text and nothing can drive a terminal.
    public static func decode(_ bytes: [UInt8], path: String) throws(EditionError) -> String {
        guard !bytes.isEmpty else { throw .empty(SourceLocation(path: path)) }
        var scalars: String.UnicodeScalarView
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            guard let text = String(bytes: bytes, encoding: .utf16) else {
                throw .undecodable(SourceLocation(path: path), reason: "not valid UTF-16 after its byte-order mark")
            }
            scalars = text.unicodeScalars
        } else {
            if let nul = bytes.firstIndex(of: 0) {
                let nuls = bytes.prefix(4096).filter { $0 == 0 }.count
                if nuls * 3 >= Swift.min(bytes.count, 4096) {
                    throw .undecodable(
                        SourceLocation(path: path), reason: "looks like UTF-16 without a byte-order mark: save the edition as UTF-8")
                }
                throw .binary(location(ofByte: nul, in: bytes, path: path))
            }
            // Most editions are valid UTF-8 with nothing to clean: validated in one pass over the bytes and
            // taken as they are; anything else goes through the scalar path below, which says where it fails.
            if let text = validatedClean(bytes) { return text }
            var input = CountingIterator(base: bytes.makeIterator(), count: 0)
            var decoder = UTF8()
            scalars = String.UnicodeScalarView()
            decoding: while true {
                let start = input.count
                switch decoder.decode(&input) {
                case .scalarValue(let scalar): scalars.append(scalar)
                case .emptyInput: break decoding
                case .error: throw .notUTF8(location(ofByte: start, in: bytes, path: path))
                }
            }
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return String(cleaned(scalars))
    }

    /// The text of `bytes` when they are valid UTF-8 holding no carriage return or control character but tab
    /// and line feed (so `cleaned` would leave it as it is), without a leading byte-order mark; else `nil`.
    static func validatedClean(_ bytes: [UInt8]) -> String? {
        var previous: UInt8 = 0
        for byte in bytes {
            // C0 controls but tab and LF, CR, DEL, and C1 controls (U+0080-U+009F: 0xC2 then 0x80-0x9F).
            if byte < 0x20 && byte != 0x09 && byte != 0x0A || byte == 0x7F || previous == 0xC2 && byte >= 0x80 && byte <= 0x9F {
                return nil
            }
            previous = byte
        }
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        return String(validating: bytes[(hasMark ? 3 : 0)...], as: UTF8.self)
    }

    /// Lone CR → LF, other control characters (not tab, LF or CR) → U+FFFD; a terminal's control sequence
    /// copied with the text ("ESC[31m") → U+FFFD for each of its scalars, so its digits are never a figure.
    private static func cleaned(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        var needed = false
        for scalar in scalars where scalar.isNonLayoutControl || scalar == "\r" {
            needed = true
            break
        }
        guard needed else { return scalars }
        var out = String.UnicodeScalarView()
        var iterator = scalars.makeIterator()
        var pending = iterator.next()
        // In a control sequence after "ESC[": its parameters (0x20-0x3F), then one final character (0x40-0x7E).
        var inSequence = false
        while let scalar = pending {
            let next = iterator.next()
            if inSequence && (0x20...0x7E).contains(scalar.value) {
                out.append("\u{FFFD}")
                inSequence = (0x20...0x3F).contains(scalar.value)
                pending = next
                continue
            }
            inSequence = false
            if scalar == "\u{1B}", next == "[" {
                out.append("\u{FFFD}")
                pending = iterator.next()
                out.append("\u{FFFD}")
                inSequence = true
                continue
            } else if scalar == "\r" {
                out.append(next == "\n" ? "\r" : "\n")
            } else if scalar.isNonLayoutControl {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
            pending = next
        }
        return out
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
