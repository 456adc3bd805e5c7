import ArgumentParser
import Foundation
import PressAlign

/// Runs `body`, turning the library's input errors into `error: FILE: problem` on standard error and exit code 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as InputError {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        throw ExitCode(1)
    } catch let error as NativeLibraryError {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        throw ExitCode(1)
    }
}

/// Prints `warning: …` on standard error.
func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
}

/// `--language auto|ru|en|…`.
struct LanguageChoice {
    let raw: String

    init(_ raw: String) { self.raw = raw }

    func resolve(for source: SourceText) throws -> Language {
        guard raw.lowercased() == "auto" else { return Language(rawValue: raw) }
        return Language.detect(in: source.text) ?? .english
    }
}

/// Buffered standard output.
struct StandardOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { pointer in
            var offset = 0
            while offset < pointer.count {
                let written = Foundation.write(1, pointer.baseAddress! + offset, pointer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
