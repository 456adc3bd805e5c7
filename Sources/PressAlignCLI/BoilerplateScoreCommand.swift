import ArgumentParser
import Foundation
import PressAlign

struct BoilerplateScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-boilerplate",
        abstract: "Measure the boilerplate flag against gold labels (<side>.boilerplate.txt).",
        discussion: """
            Example:
              pressalign score-boilerplate Corpora/translation Corpora/independent Corpora/nonparallel Corpora/html
            """
    )

    @Argument(help: "Directories holding document folders.")
    var directories: [String]

    @Flag(help: "List the units flagged wrongly or missed.")
    var showErrors = false

    func run() throws {
        try reportingErrors {
            let evaluation = CorpusEvaluation(aligner: try Aligner(lexicon: Lexicon()))
            let folders = directories.flatMap { evaluation.documentFolders(in: $0) }
            let counts = try BoilerplateEvaluation.score(folders: folders)
            print("units flagged correctly \(counts.truePositives), wrongly \(counts.falsePositives), missed \(counts.falseNegatives)")
            print("precision \(formatFixed(counts.precision, digits: 3))  recall \(formatFixed(counts.recall, digits: 3))")
            if showErrors {
                for (side, unit, text, flagged) in counts.mistakes {
                    print("\(flagged ? "FLAGGED" : "MISSED ") \(side):\(unit) \(text.prefix(100))")
                }
            }
        }
    }
}
