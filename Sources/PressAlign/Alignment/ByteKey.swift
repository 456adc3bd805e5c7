import Foundation

/// A string used as a dictionary key by its UTF-8 bytes: hashing and equality skip Unicode normalisation, which makes
/// Cyrillic keys several times cheaper than `String` keys. Stems and evidence keys are already normalised.
struct ByteKey: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        var copy = string
        copy.makeContiguousUTF8()
        self.string = copy
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        let left = lhs.string.utf8
        let right = rhs.string.utf8
        guard left.count == right.count else { return false }
        let equal: Bool? = left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in
                guard let a = leftBytes.baseAddress, let b = rightBytes.baseAddress else { return true }
                return memcmp(a, b, leftBytes.count) == 0
            }
        } ?? nil
        return equal ?? left.elementsEqual(right)
    }

    /// Byte-wise lexicographic order (for normalised text, the order of its code points).
    static func precedes(_ lhs: ByteKey, _ rhs: ByteKey) -> Bool {
        let left = lhs.string.utf8
        let right = rhs.string.utf8
        let ordered: Bool? = left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in
                let common = min(leftBytes.count, rightBytes.count)
                if common > 0, let a = leftBytes.baseAddress, let b = rightBytes.baseAddress {
                    let order = memcmp(a, b, common)
                    if order != 0 { return order < 0 }
                }
                return leftBytes.count < rightBytes.count
            }
        } ?? nil
        return ordered ?? left.lexicographicallyPrecedes(right)
    }

    /// Calls `body` with the key's UTF-8 bytes (contiguous: the initialiser made them so).
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try string.utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(string.utf8).withUnsafeBufferPointer(body)
    }

    func hash(into hasher: inout Hasher) {
        if let done: Void = string.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        for byte in string.utf8 { hasher.combine(byte) }
    }
}
