import ArgumentParser
import PressAlign

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "segment", abstract: "Split a text into sentences.")
    @Argument var file: String?
    func run() throws {
        let source = try file.map { try SourceText(contentsOf: $0) } ?? SourceText.standardInput()
        let language = Language.detect(in: source.text) ?? .english
        for sentence in try SentenceSegmenter(language: language).sentences(in: source.text, byteOffset: source.byteOffset) {
            print(sentence.singleLineText)
        }
    }
}
