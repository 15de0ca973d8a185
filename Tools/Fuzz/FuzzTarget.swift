/// libFuzzer harness for tipdiff's readers: the text importer, the HTML importer, the statistics extractor,
/// the annotation reader, the word diff, the notes appender, the PDF reader (bytes through poppler to paragraphs) and
/// the review server's request bodies (decoded as the server decodes them, a quote picked in the seed edition).
/// `TIPDIFF_FUZZ` names the one to exercise. `Tools/fuzz.sh` builds
/// it with `-sanitize=fuzzer,address -D TIPDIFF_FUZZ`; an ordinary build makes a stub that says so.
import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPPDF
import TIPParsing
import TIPReview
import TIPStatistics

/// The readers a fuzz run can exercise.
enum FuzzTarget: String {
    case text, html, statistics, annotations, worddiff, appender, pdf, reviewjson

    /// Read once: the harness runs millions of inputs.
    static let chosen: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["TIPDIFF_FUZZ"] ?? "text"
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("TIPDIFF_FUZZ=\(name): one of text, html, statistics, annotations, worddiff, appender, pdf, reviewjson")
        }
        return target
    }()

    /// The edition review requests pick quotes in: the seed, read once.
    static let reviewed: ComparedEdition = {
        guard let edition = try? EditionLoader().edition(at: "Reports/2025/cuba.txt") else {
            fatalError("tipdiff-fuzz reviewjson: run it from the repository (Reports/2025/cuba.txt)")
        }
        return ComparedEdition(edition)
    }()

    /// Runs one input; thrown errors are the readers' answers, only a trap or a sanitizer report is a finding.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .text:
            _ = try? EditionLoader().edition(from: bytes, path: "fuzz/cuba.txt", format: .text)
        case .html:
            _ = try? EditionLoader().edition(from: bytes, path: "fuzz/cuba.html", format: .html)
        case .statistics:
            if let edition = try? EditionLoader().edition(from: bytes, path: "fuzz/cuba.txt", format: .text) {
                _ = StatisticsExtractor().statistics(in: edition)
            }
        case .annotations:
            _ = try? AnnotationReader().parse(String(decoding: bytes, as: UTF8.self), path: "fuzz.yaml")
        case .appender:
            // A notes file, then after a NUL the note's text: when the note is appended, every byte of the
            // file is kept and the result reads back with the note as given.
            let split = bytes.firstIndex(of: 0) ?? bytes.count
            let file = Array(bytes[..<split])
            let text = String(decoding: bytes[Swift.min(split + 1, bytes.count)...], as: UTF8.self)
            let draft = AnnotationWriter.Draft(author: text, tags: [text], text: text, anchor: .quote(QuoteSelector(quote: text + "x")))
            guard let (appended, id) = try? AnnotationWriter.appending(draft, to: file, path: "fuzz.yaml", edition: "e.txt") else { return }
            precondition(appended.starts(with: file), "the appender changed bytes already in the file")
            let body = appended.starts(with: [0xEF, 0xBB, 0xBF]) ? appended.dropFirst(3) : appended[...]
            let read = try? AnnotationReader().parse(String(decoding: body, as: UTF8.self), path: "fuzz.yaml")
            precondition(read?.notes.last?.id == id && read?.notes.last?.text == text, "the appended note does not read back as given")
        case .worddiff:
            let split = bytes.firstIndex(of: 0) ?? bytes.count / 2
            let old = String(decoding: bytes[..<split], as: UTF8.self)
            let new = String(decoding: bytes[Swift.min(split + 1, bytes.count)...], as: UTF8.self)
            let edits = WordDiff.edits(old, new)
            // What the edits keep and insert is the new sentence's words, in order.
            let rebuilt = edits.filter { $0.op != .delete }.map(\.text).joined()
            precondition(
                rebuilt.split(whereSeparator: \.isWhitespace) == new.split(whereSeparator: \.isWhitespace),
                "word diff lost words of the new sentence")
        case .pdf:
            // The first pages only, on one worker: a fuzz input is small and must run fast.
            guard let document = try? PDFDocument(bytes: bytes), document.pageCount > 0 else { return }
            _ = try? PDFText(bytes: bytes, pages: 1...Swift.min(document.pageCount, 4))
        case .reviewjson:
            let data = Data(bytes)
            if let added = try? JSONDecoder().decode(ReviewSession.NewNote.self, from: data),
                let section = added.section.flatMap(SectionKind.init(rawValue:)), let item = added.item, let index = added.index
            {
                _ = try? QuotePicker.selector(
                    in: FuzzTarget.reviewed, section: section, item: item, index: index, start: added.start ?? -1,
                    end: added.end ?? -1, selected: added.selected ?? "")
            }
            _ = try? JSONDecoder().decode(ReviewSession.NoteUpdate.self, from: data)
        }
    }
}

#if TIPDIFF_FUZZ
    /// libFuzzer's driver, which runs `callback` on every input it makes.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// libFuzzer's per-input entry, for when its own `main` is the program's.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        guard let data else { return 0 }
        FuzzTarget.chosen.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    /// The program's entry (SwiftPM names an executable's main `<target>_main`): hands control to libFuzzer.
    @_cdecl("tipdiff_fuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments, fuzzOneInput)
    }
#else
    @main
    enum FuzzStub {
        static func main() {
            FileHandle.standardError.write(Data("tipdiff-fuzz: build and run it with Tools/fuzz.sh NAME SECONDS\n".utf8))
            exit(2)
        }
    }
#endif
