import ArgumentParser
import Foundation
import PressAlign

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a Russian and an English document sentence by sentence.",
        discussion: """
            Reads both documents (plain text or saved HTML pages; UTF-8, Windows-1251 or KOI8-R, detected or named \
            with --encoding), segments them (or takes one sentence per line with --presegmented), uses their \
            structure (titles, datelines, speaker turns, site boilerplate) and writes the alignment \
            to standard output or to --output (the format follows the file's extension unless --format says \
            otherwise: .tsv, .jsonl, .tmx, .html, .txt for vecalign).

            Examples:
              pressalign align ru.txt en.txt
              pressalign align ru.txt en.txt --output review.html
              pressalign align --format tsv --min-confidence 0.5 --include-unaligned ru.txt en.txt
              pressalign align --presegmented --format vecalign ru.txt en.txt > predicted.txt
              pressalign align --source-language de --target-language fr de.txt fr.txt
            """
    )

    @Argument(help: "The source (Russian) document.")
    var source: String

    @Argument(help: "The target (English) document.")
    var target: String

    @OptionGroup var options: PipelineOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        try reportingErrors {
            var pipelineOptions = try options.pipelineOptions()
            if options.format == nil, let output, let format = AlignmentFormat(fileName: output) {
                pipelineOptions.format = format
            }
            let pipeline = try AlignmentPipeline(options: pipelineOptions)
            let report: AlignmentPipeline.Report
            if let output {
                report = try pipeline.run(sourcePath: source, targetPath: target, outputPath: output)
            } else {
                var standardOutput = StandardOutput()
                report = try pipeline.run(sourcePath: source, targetPath: target) { standardOutput.write($0) }
                standardOutput.flush()
            }
            for warning in report.warnings { printWarning(warning) }
        }
    }
}

/// Options shared by `align` and `batch`.
struct PipelineOptions: ParsableArguments {
    @Option(help: "Output format: tsv, jsonl, vecalign, tmx or html (default: from --output's extension, else tsv).")
    var format: AlignmentFormatOption?

    @Flag(help: "Every input line is one sentence (an empty line is an empty sentence).")
    var presegmented = false

    @Option(help: "Beads below this confidence become one-sided beads (0 to 1).")
    var minConfidence: Double = 0

    @Flag(help: "TSV: write one-sided beads too, so that every sentence of both inputs appears in order.")
    var includeUnaligned = false

    @Flag(help: "TSV: no header line.")
    var noHeader = false

    @Flag(help: "JSON Lines: start with a line of document metadata (title, date, speakers).")
    var metadata = false

    @Option(help: "The source language (ISO 639-1).")
    var sourceLanguage: String = "ru"

    @Option(help: "The target language (ISO 639-1).")
    var targetLanguage: String = "en"

    @Option(help: "Decode both inputs from this encoding instead of detecting it (windows-1251, koi8-r, utf-8…).")
    var encoding: String?

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func pipelineOptions() throws -> AlignmentPipeline.Options {
        var options = AlignmentPipeline.Options()
        options.format = format?.format ?? .tsv
        options.presegmented = presegmented
        options.includesUnaligned = includeUnaligned
        options.includesHeader = !noHeader
        options.includesMetadata = metadata
        options.configuration.minimumConfidence = minConfidence
        options.sourceLanguage = Language(rawValue: sourceLanguage)
        options.targetLanguage = Language(rawValue: targetLanguage)
        options.encoding = encoding
        return options
    }
}

enum AlignmentFormatOption: String, ExpressibleByArgument, CaseIterable {
    case vecalign, tsv, jsonl, tmx, html
    var format: AlignmentFormat { AlignmentFormat(rawValue: rawValue)! }
}
