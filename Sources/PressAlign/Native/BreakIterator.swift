import CICUShim

/// Owns one ICU break iterator. Not Sendable: create one per task (opening costs about two microseconds).
final class BreakIterator {
    /// What the iterator finds boundaries of.
    enum Kind {
        case sentence
        case word
    }

    private let handle: OpaquePointer
    /// Boundaries are fetched from the shim in chunks; the chunk buffers live as long as the iterator (an aligner
    /// tokenises thousands of short sentences with one iterator). Plain buffers rather than arrays: reading an array
    /// property of a class costs an exclusivity check per boundary.
    private static let chunk = 512
    private let offsets: UnsafeMutablePointer<Int64>
    private let statuses: UnsafeMutablePointer<Int32>

    /// Opens an iterator of `kind` for an ICU locale identifier such as `ru` or `en`.
    init(kind: Kind, locale: String) throws(NativeLibraryError) {
        var status: Int32 = 0
        let raw = pa_breaker_open(kind == .word ? Int32(PA_BREAK_WORD) : Int32(PA_BREAK_SENTENCE), locale, &status)
        try NativeLibraryError.checkICU(status, "opening a \(kind) break iterator for '\(locale)'")
        guard let raw else {
            throw NativeLibraryError(operation: "opening a \(kind) break iterator", status: "no iterator")
        }
        handle = raw
        offsets = .allocate(capacity: Self.chunk)
        statuses = .allocate(capacity: Self.chunk)
    }

    deinit {
        pa_breaker_close(handle)
        offsets.deallocate()
        statuses.deallocate()
    }

    /// Calls `body` with every boundary of `text` (UTF-8 byte offsets, ascending, the end included) and its rule
    /// status (for word iterators: 0 none, 100-199 number, 200-299 letter, above that kana and ideographs).
    ///
    /// - Complexity: O(n) in the length of `text`.
    func forEachBoundary(
        in text: UnsafeBufferPointer<UInt8>,
        _ body: (_ offset: Int, _ ruleStatus: Int32) -> Void
    ) throws(NativeLibraryError) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        var status: Int32 = 0
        base.withMemoryRebound(to: CChar.self, capacity: text.count) { chars in
            pa_breaker_set_utf8(handle, chars, Int64(text.count), &status)
        }
        try NativeLibraryError.checkICU(status, "setting break iterator text")
        let chunk = Self.chunk
        while true {
            let count = Int(pa_breaker_fill(handle, offsets, statuses, Int64(chunk)))
            precondition(count <= chunk, "the shim fills at most one chunk")
            if count == 0 { break }
            for index in 0..<count {
                body(Int(offsets[index]), statuses[index])
            }
        }
    }
}
