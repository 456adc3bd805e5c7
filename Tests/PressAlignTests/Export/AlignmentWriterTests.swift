import Foundation
import Testing

@testable import PressAlign

@Suite("Writers")
struct AlignmentWriterTests {
    @Test("TSV escapes backslash, tab, newline and carriage return")
    func escaping() {
        #expect(AlignmentWriter.tsvEscape("a\\b\tc\nd\re") == "a\\\\b\\tc\\nd\\re")
        #expect(AlignmentWriter.tsvEscape("plain") == "plain")
    }

    @Test("TSV columns and JSON keys are named after the languages; the same code twice gives source and target",
          arguments: [(("ru", "en"), "ru", "en"), (("de", "fr"), "de", "fr"), (("en", "en"), "source", "target")])
    func sideNames(_ languages: (String, String), _ first: String, _ second: String) throws {
        let aligner = try Aligner(sourceLanguage: Language(rawValue: languages.0), targetLanguage: Language(rawValue: languages.1),
                                  lexicon: Lexicon())
        let alignment = try aligner.align(sourceTexts: ["Eins."], targetTexts: ["Un."])
        var tsv = AlignmentWriter(format: .tsv, includesUnaligned: true)
        tsv.languages = languages
        var lines: [String] = []
        tsv.write(alignment) { lines.append($0) }
        #expect(lines.first == "\(first)_ids\t\(second)_ids\tkind\tconfidence\t\(first)\t\(second)\n")
        var jsonl = AlignmentWriter(format: .jsonl)
        jsonl.languages = languages
        var json = ""
        jsonl.write(alignment) { json += $0 }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.split(separator: "\n")[0].utf8)) as? [String: Any])
        #expect(Set(object.keys) == [first, second, first + "_text", second + "_text", first + "_spans", second + "_spans", "confidence"])
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

    @Test("JSON strings: text without escapes is copied whole; line and paragraph separators are escaped",
          arguments: [("«Кавычки» — ok", "\"«Кавычки» — ok\""), ("a\u{2028}b\u{2029}", "\"a\\u2028b\\u2029\""),
                      ("€\u{2026}", "\"€…\"")])
    func jsonFastPath(_ text: String, _ expected: String) {
        var output = ""
        JSONLine.writeString(text, to: &output)
        #expect(output == expected)
    }
}

@Suite("Writers: round trips")
struct WriterRoundTripTests {
    static let nasty = ["Tab\there", "Line\nbreak and back\\slash", "CR\r\nend", "«Кавычки» & <tags> \"quotes\" 'apos'"]

    static func alignment() -> Alignment {
        let source = nasty.enumerated().map { Sentence(index: $0.offset, text: $0.element, byteRange: 0..<0, range: $0.element.startIndex..<$0.element.endIndex) }
        let target = nasty.reversed().enumerated().map { Sentence(index: $0.offset, text: $0.element, byteRange: 0..<0, range: $0.element.startIndex..<$0.element.endIndex) }
        let beads = (0..<nasty.count).map { Bead(source: [$0], target: [$0], confidence: 0.5) }
        return Alignment(beads: beads, source: source, target: target)
    }

    @Test("TSV fields with tabs, newlines and backslashes survive a round trip")
    func tsv() {
        var text = ""
        AlignmentWriter(format: .tsv).write(Self.alignment()) { text += $0 }
        let lines = text.split(separator: "\n")
        #expect(lines.count == Self.nasty.count + 1)
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 6)
            #expect(AlignmentWriter.tsvUnescape(fields[4]) == Self.nasty[index])
            #expect(AlignmentWriter.tsvUnescape(fields[5]) == Self.nasty.reversed()[index])
        }
    }

    @Test("TMX escapes markup and keeps every two-sided bead")
    func tmx() {
        var text = ""
        TMXWriter().write(Self.alignment()) { text += $0 }
        #expect(text.components(separatedBy: "<tu>").count == Self.nasty.count + 1)
        #expect(text.contains("&lt;tags&gt; &amp; ") || text.contains("&amp; &lt;tags&gt;"))
        #expect(text.contains("segtype=\"sentence\"") && text.contains("srclang=\"ru\"") && text.contains("o-tmf="))
        #expect(XMLEscaping.escape("a\u{1}b") == "a\u{FFFD}b")
    }

    @Test("The HTML page is self-contained and escapes text")
    func html() {
        var text = ""
        HTMLReviewWriter().write(Self.alignment()) { text += $0 }
        #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("<script"))
        #expect(text.contains("&lt;tags&gt;"))
    }
}
