/// Interned token texts: the same text is the same integer for as long as one interner lives (a run, a
/// comparison), so that later stages compare and hash integers instead of strings. No global state: whoever
/// tokenises passes the interner along.
public struct TokenInterner: Sendable {
    /// Texts are told apart by their bytes, not by canonical equivalence as `String`'s `==` would: a
    /// composed and a decomposed "é" are two texts, so each reads back exactly as written.
    private struct Key: Hashable {
        var text: Substring

        static func == (a: Key, b: Key) -> Bool {
            let equal = a.text.utf8.withContiguousStorageIfAvailable { x in
                b.text.utf8.withContiguousStorageIfAvailable { y in
                    x.count == y.count && x.elementsEqual(y)
                }
            }
            return (equal ?? nil) ?? a.text.utf8.elementsEqual(b.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
        }
    }

    private var ids: [Key: Int] = [:]
    /// Token ids (as written, folded) by a short ASCII token's bytes packed into one integer, so that a
    /// word seen before is found without making a string of it.
    private var packed: [UInt64: (text: Int, folded: Int)] = [:]
    /// Each id's text, by id.
    public private(set) var texts: [String] = []
    /// Every token text a token table met, by its scalars (see `TokenTable`).
    var tableIndex = TokenTableIndex()

    public init() {}

    /// An interner with room for `capacity` texts before its tables grow.
    public init(capacity: Int) {
        ids.reserveCapacity(capacity)
        texts.reserveCapacity(capacity)
    }

    /// The id of `text`, a new one when the interner has not seen it.
    public mutating func id(of text: Substring) -> Int {
        if let id = ids[Key(text: text)] { return id }
        let id = texts.count
        let owned = String(text)
        ids[Key(text: Substring(owned))] = id
        texts.append(owned)
        return id
    }

    /// The id of `text`, a new one when the interner has not seen it.
    public mutating func id(of text: String) -> Int { id(of: Substring(text)) }

    /// `id(of:)` for a text the interner may keep as it is (no copy): found, or placed, with one hash.
    mutating func id(ofOwned text: String) -> Int {
        let next = texts.count
        var id = next
        Self.settle(&ids[Key(text: Substring(text)), default: -1], next: next, into: &id)
        if id == next { texts.append(text) }
        return id
    }

    /// An id slot's id: the one it holds, else (a new text) `next`, which it then holds.
    private static func settle(_ slot: inout Int, next: Int, into id: inout Int) {
        if slot < 0 { slot = next }
        id = slot
    }

    /// The id `text` already has, or `nil`.
    public func existingID(of text: Substring) -> Int? { ids[Key(text: text)] }

    /// The ids a token table gave the short ASCII token `key` packs (see `TokenTable`), if it met it before.
    public func tokenIDs(packed key: UInt64) -> (text: Int, folded: Int)? { packed[key] }

    /// Remembers the ids of the short ASCII token `key` packs.
    public mutating func remember(_ ids: (text: Int, folded: Int), packed key: UInt64) { packed[key] = ids }

    /// The text of an id this interner gave.
    public func text(of id: Int) -> String { texts[id] }

    /// How many distinct texts it holds.
    public var count: Int { texts.count }
}
