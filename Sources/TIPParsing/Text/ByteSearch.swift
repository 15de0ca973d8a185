/// Substring tests on a string's UTF-8 bytes, for text whose every character is one scalar that no other
/// joins (ASCII and the curly quotes): there a byte match is a character match, and no `String` or
/// Foundation search is needed.
enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `haystack`, or `nil`.
    static func firstOffset<H: Collection<UInt8>>(of needle: some Collection<UInt8>, in haystack: H) -> Int?
    where H.Index == Int {
        guard let first = needle.first else { return haystack.startIndex }
        let rest = needle.dropFirst()
        let count = needle.count
        var i = haystack.startIndex
        let last = haystack.endIndex - count
        while i <= last {
            if haystack[i] == first && haystack[(i + 1)..<(i + count)].elementsEqual(rest) { return i }
            i += 1
        }
        return nil
    }

    /// Whether `haystack` holds the bytes of `needle`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        withBytes(haystack) { bytes in withBytes(needle) { firstOffset(of: $0, in: bytes) != nil } }
    }

    /// Whether `haystack` holds `needle` (lower-case ASCII) with ASCII letters compared in either case.
    static func containsIgnoringASCIICase(_ haystack: String, _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        return withBytes(haystack) { containsIgnoringASCIICase($0, needle) }
    }

    /// Whether the bytes `haystack` hold the bytes `needle` (lower-case ASCII) with ASCII letters compared in
    /// either case.
    static func containsIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var i = 0
        while i + needle.count <= haystack.count {
            if lowered(haystack[i]) == first {
                var k = 1
                while k < needle.count && lowered(haystack[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether no scalar of `text` could fold, in a case-insensitive comparison, to an ASCII letter it does
    /// not spell: every scalar is ASCII or general punctuation (U+2000-U+206F: spaces, dashes, curly quotes).
    static func isCaseFoldSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x80 || (0x2000...0x206F).contains($0.value) }
    }

    /// Whether every scalar of `text` is ASCII, the right single quotation mark or a curly double quotation mark.
    static func isQuotedASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x80 || $0 == "’" || $0 == "“" || $0 == "”" }
    }

    /// `text` with every `scalar` replaced by `replacement`, scalar for scalar.
    static func replacing(_ scalar: Unicode.Scalar, with replacement: Unicode.Scalar, in text: String) -> String {
        guard text.unicodeScalars.contains(scalar) else { return text }
        return String(scalars: text.unicodeScalars.lazy.map { $0 == scalar ? replacement : $0 })
    }

    /// `text` with its ASCII capitals in lower case (what `lowercased()` gives for ASCII text).
    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map(lowered), as: UTF8.self)
    }

    @inline(__always) private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// `body` run on the UTF-8 bytes of `text` (made contiguous first, which a native string already is).
    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        text.makeContiguousUTF8()
        // A contiguous string always lends its storage.
        return text.utf8.withContiguousStorageIfAvailable(body)!
    }
}
