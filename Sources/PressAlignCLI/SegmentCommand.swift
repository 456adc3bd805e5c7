import ArgumentParser
import Foundation
import PressAlign

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a Russian or English text into sentences.",
        discussion: """
            Reads FILE, or standard input when FILE is omitted, and prints one sentence per line (line breaks inside \
            a sentence become spaces), or one JSON object per sentence with UTF-8 byte offsets into the input.

            Examples:
              pressalign segment Corpora/translation/zakharova-weekly-briefing/ru.raw.txt
              pressalign segment --language en --format jsonl transcript.txt
              cat transcript.txt | pressalign segment
            """
    )

    @Option(help: "The text's language: ru, en, auto (detected from the script), or another ISO code.")
    var language: String = "auto"

    @Option(help: "Output format: lines or jsonl.")
    var format: SegmentFormat = .lines

    @Flag(help: "Make every line break a sentence boundary (by default a hard-wrapped line, lower case on both sides of a single line break, continues its sentence).")
    var hardLineBreaks = false

    @Argument(help: "The text file to segment (standard input when omitted).")
    var file: String?

    func run() throws {
        try reportingErrors {
            let source = try file.map { try SourceText(contentsOf: $0) } ?? SourceText.standardInput()
            let chosen = try LanguageChoice(language).resolve(for: source)
            let sentences = try SentenceSegmenter(language: chosen, joinsWrappedLines: !hardLineBreaks).sentences(
                in: source.text, byteOffset: source.byteOffset)
            var output = StandardOutput()
            for sentence in sentences {
                switch format {
                case .lines:
                    output.write(sentence.singleLineText)
                case .jsonl:
                    output.write(
                        JSONLine.object([
                            ("index", .int(sentence.index)),
                            ("start", .int(sentence.byteRange.lowerBound)),
                            ("end", .int(sentence.byteRange.upperBound)),
                            ("text", .string(sentence.text)),
                        ]))
                }
                output.write("\n")
            }
            output.flush()
        }
    }
}

enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
    case lines, jsonl
}
