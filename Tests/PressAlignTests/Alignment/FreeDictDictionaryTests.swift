import Foundation
import Testing

@testable import PressAlign

@Suite("FreeDict dictionaries")
struct FreeDictDictionaryTests {
    /// A number in dictd's base-64 digits.
    static func encode(_ value: Int) -> String {
        let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var value = value
        var result = ""
        repeat {
            result = String(digits[value % 64]) + result
            value /= 64
        } while value > 0
        return result
    }

    /// Index and data for entries written here, in the layout FreeDict uses.
    static func dictionary(_ entries: [(headword: String, text: String)]) -> (index: [UInt8], data: [UInt8]) {
        var data: [UInt8] = []
        var index = ""
        for (headword, text) in entries {
            let bytes = Array(text.utf8)
            index += "\(headword)\t\(encode(data.count))\t\(encode(bytes.count))\n"
            data += bytes
        }
        return (Array(index.utf8), data)
    }

    @Test("dictd's base-64 numbers decode", arguments: [0, 1, 63, 64, 4_095, 1_234_567])
    func numbers(_ value: Int) {
        #expect(FreeDictDictionary.decodeNumber(ArraySlice(Self.encode(value).utf8)) == value)
    }

    @Test("Malformed numbers are refused")
    func malformedNumbers() {
        #expect(FreeDictDictionary.decodeNumber(ArraySlice("".utf8)) == nil)
        #expect(FreeDictDictionary.decodeNumber(ArraySlice("A-B".utf8)) == nil)
    }

    @Test("Unnumbered entries: the line after the header lists translations, later lines are glosses")
    func unnumbered() {
        let (index, data) = Self.dictionary([
            ("00-database-info", "00-database-info\nA dictionary written for this test\n"),
            ("Gipfel", "Gipfel /ˈɡɪpfl̩/ <n, masc>\nsommet, cime (d'une montagne)\nhöchster Punkt eines Berges\n"),
        ])
        let pairs = FreeDictDictionary.parse(index: index, data: data)
        #expect(pairs.map { "\($0.0)=\($0.1)" } == ["Gipfel=sommet", "Gipfel=cime"])
    }

    @Test("Numbered senses: each `N.` line lists translations; a trailing ` N.` opens a sense without them")
    func numbered() {
        let (index, data) = Self.dictionary([
            ("Hütte", "Hütte /ˈhʏtə/ <n, fem>\n1. cabane 2.\neinfaches kleines Haus\n 3.\nHaus im Gebirge\n2. refuge; chalet\nUnterkunft\n"),
        ])
        let pairs = FreeDictDictionary.parse(index: index, data: data)
        #expect(pairs.map(\.1) == ["cabane", "refuge", "chalet"])
    }

    @Test("A gloss starting with a number (`23. Juni …`) is neither a sense nor a reason to skip the translation line")
    func glossWithNumber() {
        let (index, data) = Self.dictionary([
            ("Johannistag", "Johannistag /joˈhanɪsˌtaːk/ <n, masc>\nSaint-Jean\n24. Juni, Fest der Geburt Johannes des Täufers\n"),
            ("Aas", "Aas /aːs/ <n, neut>\n1. charogne\n2. salaud\n17. Jahrhundert, veraltet\n"),
        ])
        let pairs = FreeDictDictionary.parse(index: index, data: data)
        #expect(pairs.map { "\($0.0)=\($0.1)" } == ["Johannistag=Saint-Jean", "Aas=charogne", "Aas=salaud"])
    }

    @Test("The headword comes from the entry's header line, not from dictfmt's normalised index column; hyphenated ones are left out")
    func headwordAsWritten() {
        let first = Array("Äquator /ɛˈkvaːtoːɐ̯/ <n, masc>\néquateur\n".utf8)
        let second = Array("abat-jour /a.ba.ʒuʁ/ <n, masc>\nLampenschirm\n".utf8)
        let index = Array("aquator\tA\t\(Self.encode(first.count))\nabatjour\t\(Self.encode(first.count))\t\(Self.encode(second.count))\n".utf8)
        #expect(FreeDictDictionary.parse(index: index, data: first + second).map { "\($0.0)=\($0.1)" } == ["Äquator=équateur"])
        #expect(FreeDictDictionary.headword(in: ArraySlice(Array("aujourd’hui <adv>\nheute\n".utf8))) == "aujourd’hui")
        #expect(FreeDictDictionary.headword(in: ArraySlice(Array("nothing here\n".utf8))) == nil)
    }

    @Test("Entries pointing outside the data and phrases of more than three words are skipped")
    func robustness() {
        var (index, data) = Self.dictionary([("Weg", "Weg <n>\nchemin, un chemin très long et étroit\n")])
        index += Array("Seil\tZZZZ\tB\nkaputt\n".utf8)
        let pairs = FreeDictDictionary.parse(index: index, data: data)
        #expect(pairs.map(\.1) == ["chemin"])
        data.removeAll()
        #expect(FreeDictDictionary.parse(index: index, data: data).isEmpty)
    }

    @Test("Dictionaries are found by ICU's three-letter language codes")
    func languageCodes() {
        #expect(Language(rawValue: "de").threeLetterCode == "deu")
        #expect(Language(rawValue: "fr").threeLetterCode == "fra")
        #expect(Language.russian.threeLetterCode == "rus")
        #expect(Language(rawValue: "zz").threeLetterCode == nil)
    }

    @Test("The installed German–French dictionary becomes the default lexicon of that pair",
          .enabled(if: !FreeDictDictionary.files(source: "de", target: "fr").isEmpty, "needs dict-freedict-deu-fra"))
    func installed() throws {
        let aligner = try Aligner(sourceLanguage: "de", targetLanguage: "fr")
        #expect(aligner.lexicon.count > 10_000)
        #expect(aligner.lexicon.translations(of: "gipfel").contains("sommet"))
    }
}
