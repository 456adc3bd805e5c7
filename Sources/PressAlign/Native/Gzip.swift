import CZlib
import Foundation

/// Decompression of gzip files (dictzip files are gzip files) through zlib.
enum Gzip {
    /// The decompressed content of the gzip file at `path`, decoded as UTF-8 (invalid bytes replaced).
    static func decompressFile(_ path: String) throws -> String {
        let compressed = try SourceText.readBytes(path)
        var stream = z_stream()
        var status = inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw InputError(file: path, problem: "zlib could not start (\(status))") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(compressed.count * 4)
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        try compressed.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            repeat {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunk)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                output.append(contentsOf: buffer[0..<produced])
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    // A concatenated member: restart.
                    inflateReset(&stream)
                    status = Z_OK
                }
            } while status == Z_OK
            guard status == Z_STREAM_END else {
                throw InputError(file: path, problem: "corrupt gzip data (zlib status \(status))")
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
