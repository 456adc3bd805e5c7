import CICUShim
import Foundation

/// Owns one ICU transliterator. Not Sendable: create one per task (opening costs up to a few milliseconds).
final class Transliterator {
    private let handle: OpaquePointer

    /// Opens a transliterator from an ICU compound identifier, for example `Russian-Latin/BGN; Latin-ASCII`.
    init(identifier: String) throws(NativeLibraryError) {
        var status: Int32 = 0
        let raw = pa_transliterator_open(identifier, nil, &status)
        try NativeLibraryError.checkICU(status, "opening transliterator '\(identifier)'")
        guard let raw else {
            throw NativeLibraryError(operation: "opening transliterator '\(identifier)'", status: "no transliterator")
        }
        handle = raw
    }

    deinit {
        pa_transliterator_close(handle)
    }

    /// The transliteration of `text`; the input unchanged if ICU fails on it.
    func transliterate(_ text: String) -> String {
        var input = text
        return input.withUTF8 { bytes in
            let (result, status) = withGrowingUTF8Output(initialCapacity: bytes.count * 2 + 8) { output, capacity, status in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    pa_transliterate_utf8(handle, chars.baseAddress, Int32(chars.count), output, capacity, &status)
                }
            }
            return status > 0 ? text : result
        }
    }
}

extension Transliterator {
    /// A transliterator borrowed from the process-wide pool (see `lease(identifier:)`).
    typealias Lease = ObjectPool<Transliterator>.Lease

    /// Opened transliterators by identifier. The first one a process opens costs about 150 million instructions (ICU
    /// compiles its rules) and later ones about 0.4 ms; a process that aligns many documents opens each identifier
    /// only as often as leases overlap.
    private static let pool = ObjectPool<Transliterator>(limit: 8)

    /// A transliterator for `identifier`, from the pool when one is idle.
    static func lease(identifier: String) throws(NativeLibraryError) -> Lease {
        try pool.lease(key: identifier) { () throws(NativeLibraryError) in try Transliterator(identifier: identifier) }
    }
}
