import ArgumentParser
import Foundation
import PressAlign

struct SegmentationScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-segmentation",
        abstract: "Score the segmenter on sentence-segmentation suites (JSON Lines).",
        discussion: """
            Reads every *.jsonl file in DIRECTORY (records with "exact": true) and prints boundary precision, recall, \
            F1 and the share of exactly matched cases per suite and language.

            Example:
              pressalign score-segmentation ../shared/corpora/segmentation
            """
    )

    @Argument(help: "A folder of *.jsonl segmentation suites.")
    var directory: String

    @Flag(help: "Print the cases the segmenter gets wrong.")
    var showErrors = false

    @Option(help: "Only this suite (with --show-errors).")
    var suite: String?

    func run() throws {
        let cases = try SegmentationEvaluation.loadCases(directory: directory)
        let rows = try SegmentationEvaluation.score(cases) { item in
            let ranges = try item.segmenter.sentenceByteRanges(in: item.text)
            let utf8 = Array(item.text.utf8)
            let pieces = ranges.map { String(decoding: utf8[$0], as: UTF8.self)[...] }
            if showErrors, suite == nil || suite == item.suite {
                let got = pieces.map(String.init)
                let want = item.sentences.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if got.map({ $0.filter { !$0.isWhitespace } }) != want.map({ $0.filter { !$0.isWhitespace } }) {
                    print("--- \(item.suite) \(item.language)")
                    print("want: \(want)")
                    print("got:  \(got)")
                }
            }
            return pieces
        }
        print("| suite | lang | cases | precision | recall | F1 | exact |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for row in rows {
            print(
                "| \(row.suite) | \(row.language) | \(row.cases) | \(format(row.precision)) | \(format(row.recall)) "
                    + "| \(format(row.f1)) | \(format(row.exactShare)) |")
        }
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
