/// The byte-level forms of `TermCounter.fold` and `TermCounter.occurrences` for the text most sentences are:
/// ASCII, curly quotation marks aside. Each answers `nil` where the text is not of that kind, and the caller
/// takes the general path; where it answers, it gives what the general path gives.
enum FoldedText {
    /// `text` lowercased with its curly quotation marks straightened, when every scalar is ASCII (no carriage
    /// return) or one of ‘ ’ “ ”; `nil` otherwise.
    static func fold(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    guard byte != 0x0D else { return nil }
                    folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    i += 1
                    continue
                }
                // ‘ ’ are E2 80 98 and E2 80 99; “ ” are E2 80 9C and E2 80 9D.
                guard byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return nil }
                switch bytes[i + 2] {
                case 0x98, 0x99: folded.append(0x27)
                case 0x9C, 0x9D: folded.append(0x22)
                default: return nil
                }
                i += 3
            }
            return String(decoding: folded, as: UTF8.self)
        }
    }

    /// How often `term` occurs in `text` as whole words (no letter or digit just before or after), overlapping
    /// hits counted, when both are ASCII without a carriage return; `nil` otherwise.
    static func occurrences(of term: String, in text: String) -> Int? {
        var term = term
        var text = text
        return term.withUTF8 { needle -> Int? in
            text.withUTF8 { haystack -> Int? in
                guard Self.isPlainASCII(needle), Self.isPlainASCII(haystack) else { return nil }
                guard !needle.isEmpty, needle.count <= haystack.count else { return 0 }
                let first = needle[0]
                var count = 0
                var start = 0
                while start + needle.count <= haystack.count {
                    if haystack[start] == first && Self.matches(needle, haystack, at: start) {
                        let end = start + needle.count
                        let before = start == 0 ? false : Self.isWordByte(haystack[start - 1])
                        let after = end == haystack.count ? false : Self.isWordByte(haystack[end])
                        if !before && !after { count += 1 }
                    }
                    start += 1
                }
                return count
            }
        }
    }

    private static func matches(_ needle: UnsafeBufferPointer<UInt8>, _ haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for k in 1..<needle.count where haystack[start + k] != needle[k] { return false }
        return true
    }

    /// An ASCII letter or digit: what `Character.isLetter || isNumber` is for an ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
    }
}
