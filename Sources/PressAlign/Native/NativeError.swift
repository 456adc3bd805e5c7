import CICUShim

/// A failure reported by a native library (ICU or Snowball).
///
/// The one place where C status codes become thrown Swift errors.
public struct NativeLibraryError: Error, Sendable, CustomStringConvertible {
    /// What PressAlign was doing when the library failed ("opening a sentence break iterator").
    public let operation: String
    /// The library's own status name, for example `U_ILLEGAL_ARGUMENT_ERROR`.
    public let status: String

    /// A one-line description naming the operation and the status.
    public var description: String { "\(operation) failed: \(status)" }

    /// Throws when `code` is an ICU failure (a positive value); warnings and success pass.
    static func checkICU(_ code: Int32, _ operation: @autoclosure () -> String) throws(NativeLibraryError) {
        guard code > 0 else { return }
        throw NativeLibraryError(operation: operation(), status: String(cString: pa_status_name(code)))
    }
}

/// Calls a shim function that writes UTF-8 into a caller's buffer and returns the length it needs, growing the buffer
/// once when the first try was too small.
func withGrowingUTF8Output(
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<CChar>, Int32, inout Int32) -> Int32
) -> (String, Int32) {
    var status: Int32 = 0
    var capacity = max(initialCapacity, 16)
    for _ in 0..<2 {
        var produced: Int32 = 0
        let text = String(unsafeUninitializedCapacity: capacity) { buffer in
            status = 0
            produced = buffer.withMemoryRebound(to: CChar.self) { chars in
                body(chars.baseAddress!, Int32(chars.count), &status)
            }
            return Int(produced) <= buffer.count ? Int(produced) : 0
        }
        if status > 0 || Int(produced) <= capacity {
            return (text, status)
        }
        capacity = Int(produced) + 1
    }
    return ("", status)
}
