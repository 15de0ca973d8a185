import Foundation

/// Finding one text in another the way Foundation's `range(of:)` finds it, byte for byte where both are
/// printable ASCII (as most sentences' folded words are), where every scalar is a character of its own and
/// Foundation's canonical-equivalence search finds exactly the byte matches; other texts go to Foundation.
enum TextSearch {
    /// Whether `part` occurs in `text`.
    static func contains(_ text: String, _ part: String) -> Bool {
        if let found = byteRange(of: part, in: text) { return found != nil }
        return text.contains(part)
    }

    /// The first range of `part` in `text`, as `text.range(of: part)` gives it.
    static func range(of part: String, in text: String) -> Range<String.Index>? {
        guard let found = byteRange(of: part, in: text) else { return text.range(of: part) }
        guard let found else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return lower..<utf8.index(lower, offsetBy: found.count)
    }

    /// The first byte range of `part` in `text` (`.some(nil)` when there is none), or `nil` when either is not
    /// printable ASCII or `part` is empty, which the caller leaves to Foundation.
    private static func byteRange(of part: String, in text: String) -> Range<Int>?? {
        var part = part
        var text = text
        return part.withUTF8 { needle -> Range<Int>?? in
            text.withUTF8 { haystack -> Range<Int>?? in
                guard !needle.isEmpty, isPrintableASCII(needle), isPrintableASCII(haystack) else { return nil }
                guard needle.count <= haystack.count else { return .some(nil) }
                let first = needle[0]
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return .some(start..<(start + needle.count)) }
                    }
                    start += 1
                }
                return .some(nil)
            }
        }
    }

    /// `text.split(whereSeparator: { !isKept($0) })` for ASCII text, where a character is a byte: the runs of
    /// bytes `isKept` accepts, without Unicode property look-ups; `nil` for other text, which the caller splits
    /// by characters.
    static func asciiRuns(of text: String, kept isKept: (UInt8) -> Bool) -> [Substring]? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var runs: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if isKept(utf8[index]) {
                if start == nil { start = index }
            } else if let first = start {
                runs.append(text[first..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let first = start { runs.append(text[first..<index]) }
        return runs
    }

    /// An ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
        return true
    }
}
