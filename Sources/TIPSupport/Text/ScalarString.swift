/// Strings made from Unicode scalars by writing their UTF-8 straight into the string's storage.
extension String {
    /// The scalars as a string, encoded in one pass (a string of up to 15 bytes allocates nothing), where
    /// `String(String.UnicodeScalarView(scalars))` appends scalar by scalar.
    @inlinable public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var offset = 0
            for scalar in scalars { buffer.write(scalar, at: &offset) }
            return offset
        }
    }
}

extension UnsafeMutableBufferPointer where Element == UInt8 {
    /// Writes `scalar`'s UTF-8 at `offset` and moves `offset` past it; the buffer must have room.
    @inlinable public func write(_ scalar: Unicode.Scalar, at offset: inout Int) {
        if scalar.value < 0x80 {
            self[offset] = UInt8(truncatingIfNeeded: scalar.value)
            offset += 1
        } else {
            for unit in UTF8.encode(scalar)! {
                self[offset] = unit
                offset += 1
            }
        }
    }
}
