import Testing

@testable import PressAlign

@Suite("Writers")
struct AlignmentWriterTests {
    @Test("TSV escapes backslash, tab, newline and carriage return")
    func escaping() {
        #expect(AlignmentWriter.tsvEscape("a\\b\tc\nd\re") == "a\\\\b\\tc\\nd\\re")
        #expect(AlignmentWriter.tsvEscape("plain") == "plain")
    }

    @Test("Vecalign lines round-trip")
    func vecalign() throws {
        let beads = [Bead(source: [0, 1], target: [2], confidence: 0.5), Bead(source: [2], target: [], confidence: 1)]
        let text = beads.map { VecalignFormat.line(for: $0) }.joined(separator: "\n")
        #expect(text == "[0, 1]:[2]:0.500\n[2]:[]:1.000")
        #expect(try VecalignFormat.parse(text, name: "t") == beads)
    }

    @Test("JSON strings escape quotes and controls")
    func json() {
        var output = ""
        JSONLine.writeString("a\"b\\c\n\u{1}", to: &output)
        #expect(output == "\"a\\\"b\\\\c\\n\\u0001\"")
    }
}
