import Foundation
import Testing

import PressAlign

/// The README's library example, run as written: the test body below is the README's ```swift block (without
/// `import`), and the first test checks that the two have not drifted apart.
@Suite("README example")
struct ReadmeExampleTests {
    static func readmeBlock() throws -> [String] {
        let readme = try String(contentsOfFile: Paths.repositoryRoot + "/README.md", encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```swift\n").dropFirst().first?
            .components(separatedBy: "```").first)
        return block.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("import ") && !$0.isEmpty }
    }

    @Test("The README's code is the code this suite runs")
    func inSync() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        for line in try Self.readmeBlock() {
            #expect(source.contains("        " + line), "README line not run by the test: \(line)")
        }
    }

    @Test("The README's code runs and pairs the sentences")
    func runs() throws {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        let russian = "С.В.Лавров: Добрый день. Мы провели переговоры с госсекретарём США. Обсудили стратегическую стабильность."
        let english = "FOREIGN MINISTER LAVROV: Good afternoon. We held talks with the U.S. Secretary of State. We discussed strategic stability."
        let source = try SentenceSegmenter(language: .russian).sentences(in: russian)
        let target = try SentenceSegmenter(language: .english).sentences(in: english)
        let alignment = try Aligner().align(source: source, target: target)
        for bead in alignment.beads where bead.isTwoSided {
            let ru = bead.source.map { source[$0].text }.joined(separator: " ")
            let en = bead.target.map { target[$0].text }.joined(separator: " ")
            print(bead.kind, formatFixed(bead.confidence ?? 0, digits: 2), ru, "|", en)
        }
        #expect(printed.count == 3)
        #expect(printed.allSatisfy { $0.hasPrefix("1-1 ") }, "\(printed)")
        #expect(alignment.beads.allSatisfy { $0.isTwoSided }, "every sentence of this parallel pair is paired")
    }
}
