import Foundation
import Testing

@testable import PressAlign

@Suite("Reading input")
struct SourceTextTests {
    @Test("Invalid UTF-8 is refused with the byte offset")
    func invalid() {
        #expect(throws: InputError(file: "x.txt", problem: "invalid UTF-8 at byte offset 4; convert the file to UTF-8 first")) {
            try SourceText(utf8: Array("abc ".utf8) + [0xFF, 0x41], name: "x.txt")
        }
        // An overlong encoding and a lone continuation byte.
        #expect(throws: InputError.self) { try SourceText(utf8: [0xC0, 0x80], name: "y") }
        #expect(throws: InputError.self) { try SourceText(utf8: [0x41, 0x80], name: "y") }
        #expect(throws: InputError.self) { try SourceText(utf8: [0xED, 0xA0, 0x80], name: "surrogate") }
    }

    @Test("A byte-order mark is dropped and counted in offsets")
    func bom() throws {
        let source = try SourceText(utf8: [0xEF, 0xBB, 0xBF] + Array("Да.".utf8), name: "bom")
        #expect(source.text == "Да.")
        #expect(source.byteOffset == 3)
    }

    @Test("Missing files and directories give clear errors")
    func files() {
        #expect(throws: InputError(file: "/no/such/file", problem: "no such file")) {
            try SourceText(contentsOf: "/no/such/file")
        }
        #expect(throws: InputError(file: "/tmp", problem: "is a directory, not a text file")) {
            try SourceText(contentsOf: "/tmp")
        }
    }
}
