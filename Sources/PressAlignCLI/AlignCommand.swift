import ArgumentParser
import Foundation
import PressAlign

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a Russian and an English document sentence by sentence.",
        discussion: """
            Segments both documents (or takes one sentence per line with --presegmented) and prints the alignment.

            Examples:
              pressalign align ru.txt en.txt
              pressalign align --format tsv --min-confidence 0.5 ru.txt en.txt
              pressalign align --presegmented --format vecalign ru.txt en.txt > predicted.txt
              pressalign align --source-language de --target-language fr de.txt fr.txt
            """
    )

    @Argument(help: "The source (Russian) document.")
    var source: String

    @Argument(help: "The target (English) document.")
    var target: String

    @Flag(help: "Every input line is one sentence (an empty line is an empty sentence).")
    var presegmented = false

    @Option(help: "Output format: vecalign, tsv or jsonl.")
    var format: AlignmentFormatOption = .tsv

    @Option(help: "Beads below this confidence become one-sided beads.")
    var minConfidence: Double = 0

    @Flag(help: "TSV: write one-sided beads too, so that every sentence appears.")
    var includeUnaligned = false

    @Option(help: "The source language (ISO 639-1).")
    var sourceLanguage: String = "ru"

    @Option(help: "The target language (ISO 639-1).")
    var targetLanguage: String = "en"

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        try reportingErrors {
            let sourceLanguage = Language(rawValue: self.sourceLanguage)
            let targetLanguage = Language(rawValue: self.targetLanguage)
            let sourceText = try SourceText(contentsOf: source)
            let targetText = try SourceText(contentsOf: target)
            let sourceSentences = try DocumentLoader.sentences(of: sourceText, language: sourceLanguage, presegmented: presegmented)
            let targetSentences = try DocumentLoader.sentences(of: targetText, language: targetLanguage, presegmented: presegmented)
            if sourceLanguage != targetLanguage,
                let detectedSource = Language.detect(in: sourceText.text),
                detectedSource == Language.detect(in: targetText.text)
            {
                FileHandle.standardError.write(Data(
                    "warning: \(source) and \(target) both look like '\(detectedSource)'; aligning anyway\n".utf8))
            }
            var configuration = Aligner.Configuration()
            configuration.minimumConfidence = minConfidence
            let aligner = try Aligner(
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, configuration: configuration)
            let alignment = try aligner.align(source: sourceSentences, target: targetSentences)
            var output = StandardOutput()
            AlignmentWriter(format: format.format, includesUnaligned: includeUnaligned).write(alignment) { output.write($0) }
            output.flush()
        }
    }
}

enum AlignmentFormatOption: String, ExpressibleByArgument, CaseIterable {
    case vecalign, tsv, jsonl
    var format: AlignmentFormat { AlignmentFormat(rawValue: rawValue)! }
}
