import ArgumentParser
import Foundation
import PressAlign

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score predicted alignments against gold alignments (strict and lax P, R, F1).",
        discussion: """
            Takes pairs of files in Vecalign's bead format ([0]:[0], [1, 2]:[3], [4]:[], optionally :score) and \
            pools the counts over all pairs, exactly as Vecalign's score.py does.

            Examples:
              pressalign eval gold.txt predicted.txt
              pressalign eval doc1/gold.txt doc1.out doc2/gold.txt doc2.out --json
            """
    )

    @Argument(help: "GOLD PREDICTED [GOLD PREDICTED ...]")
    var files: [String]

    @Flag(help: "Print one JSON object with precision_strict, recall_strict, f1_strict, precision_lax, recall_lax, f1_lax.")
    var json = false

    func validate() throws {
        guard !files.isEmpty, files.count % 2 == 0 else {
            throw ValidationError("give gold and predicted files in pairs: GOLD PREDICTED [GOLD PREDICTED ...]")
        }
    }

    func run() throws {
        try reportingErrors {
            var scores: [AlignmentScore] = []
            for pairStart in stride(from: 0, to: files.count, by: 2) {
                let gold = try VecalignFormat.parse(SourceText(contentsOf: files[pairStart]).text, name: files[pairStart])
                let predicted = try VecalignFormat.parse(
                    SourceText(contentsOf: files[pairStart + 1]).text, name: files[pairStart + 1])
                scores.append(AlignmentScore(gold: gold, predicted: predicted))
            }
            let score = AlignmentScore.pooled(scores)
            if json {
                print(score.json)
            } else {
                print("           strict    lax")
                print("precision  \(formatFixed(score.precisionStrict, digits: 3))     \(formatFixed(score.precisionLax, digits: 3))")
                print("recall     \(formatFixed(score.recallStrict, digits: 3))     \(formatFixed(score.recallLax, digits: 3))")
                print("F1         \(formatFixed(score.f1Strict, digits: 3))     \(formatFixed(score.f1Lax, digits: 3))")
            }
        }
    }
}
