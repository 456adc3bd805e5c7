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
    /// A transliterator borrowed from a process-wide pool, returned to it when the lease ends. The first one a
    /// process opens costs about 150 million instructions (ICU compiles its rules) and later ones about 0.4 ms; a
    /// process that aligns many documents opens each identifier only as often as leases overlap. Not Sendable: one
    /// owner at a time.
    final class Lease {
        private let transliterator: Transliterator
        private let identifier: String

        fileprivate init(_ transliterator: Transliterator, identifier: String) {
            self.transliterator = transliterator
            self.identifier = identifier
        }

        deinit {
            Transliterator.returnToPool(transliterator, identifier: identifier)
        }

        /// The transliteration of `text` (see `Transliterator.transliterate`).
        func transliterate(_ text: String) -> String {
            transliterator.transliterate(text)
        }
    }

    private static let poolLock = NSLock()
    /// Idle transliterators by identifier (at most `poolLimit` each), guarded by `poolLock`.
    nonisolated(unsafe) private static var pool: [String: [Transliterator]] = [:]
    private static let poolLimit = 8

    /// A transliterator for `identifier`, from the pool when one is idle.
    static func lease(identifier: String) throws(NativeLibraryError) -> Lease {
        poolLock.lock()
        let idle = pool[identifier]?.popLast()
        poolLock.unlock()
        if let idle { return Lease(idle, identifier: identifier) }
        return Lease(try Transliterator(identifier: identifier), identifier: identifier)
    }

    fileprivate static func returnToPool(_ transliterator: Transliterator, identifier: String) {
        poolLock.lock()
        defer { poolLock.unlock() }
        if pool[identifier, default: []].count < poolLimit { pool[identifier, default: []].append(transliterator) }
    }
}
