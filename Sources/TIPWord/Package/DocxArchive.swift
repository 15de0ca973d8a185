import Foundation
import TIPXML
import ZIPFoundation

/// A WordprocessingML package as zip bytes, written with ZIPFoundation: the parts in the order given, each
/// deflated, every entry stamped with one fixed time, so the same parts give the same bytes.
enum DocxArchive {
    /// One part: its name in the package and its bytes.
    struct Part {
        var name: String
        var bytes: [UInt8]
    }

    /// 1980-01-01 00:00 UTC, the first time a zip entry can hold. ZIPFoundation turns it into the entry's DOS time
    /// with `gmtime`, so the bytes are the same whatever the machine's time zone.
    static let fixedTime = Date(timeIntervalSince1970: 315_532_800)

    static func bytes(_ parts: [Part]) throws(XMLFailure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let time = fixedTime
            for part in parts {
                // Each chunk the deflater asks for is copied out of the part's bytes; the part is never copied whole.
                let bytes = part.bytes
                try archive.addEntry(
                    with: part.name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: time, permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.withUnsafeBufferPointer { Data(UnsafeBufferPointer(rebasing: $0[Int(position)..<Int(position) + size])) }
                }
            }
            guard let data = archive.data else { throw XMLFailure("the zip archive kept no bytes") }
            return [UInt8](data)
        } catch let failure as XMLFailure {
            throw failure
        } catch {
            throw XMLFailure("could not zip the Word document: \(error)")
        }
    }
}
