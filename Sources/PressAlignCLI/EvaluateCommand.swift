import ArgumentParser
import Foundation
import PressAlign

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Align every document folder below DIR and score it against its gold.txt.",
        discussion: """
            Prints a row per document and a pooled row per directory: strict and lax P/R/F1, false pairs \
            (predicted pairs that share no sentence pair with the gold) and seconds.

            Examples:
              pressalign evaluate Corpora/translation Corpora/independent Corpora/nonparallel
              pressalign evaluate --end-to-end Corpora/translation
              pressalign evaluate --files de,fr ../shared/corpora/alignment/textberg_defr
            """
    )

    @Argument(help: "Directories holding document folders (each with gold.txt).")
    var directories: [String]

    @Flag(help: "Segment the raw files (ru.raw.txt, en.raw.txt) instead of using the gold units.")
    var endToEnd = false

    @Option(help: "File stems of the two sides, for example de,fr.")
    var files: String = "ru,en"

    @Flag(help: "Also print a calibration table: share of exactly right beads per confidence band.")
    var calibration = false

    @Flag(help: "Learn one translation table from all documents of a directory (a batch) before the second pass.")
    var sharedLexicon = false

    @Flag(help: "Only the pooled rows.")
    var summary = false

    @Option(help: "Write predicted beads to this folder (one <document>.txt each).")
    var predictions: String?

    @Option(help: .hidden) var pairThreshold: Double?
    @Option(help: .hidden) var mergePenalty: Double?
    @Option(help: .hidden) var boundaryPenalty: Double?
    @Option(help: .hidden) var nonParallelPenalty: Double?
    @Option(help: .hidden) var lengthWeight: Double?
    @Option(help: .hidden) var coverageSmoothing: Double?
    @Option(help: .hidden) var structureBonus: Double?
    @Option(help: .hidden) var bandWidth: Int?
    @Option(help: .hidden) var learningRounds: Int?
    @Option(help: .hidden) var anchoredLengthWeight: Double?
    @Option(help: .hidden) var learningConfidence: Double?
    @Option(help: .hidden) var boilerplatePenalty: Double?
    @Option(help: .hidden) var remotenessPenalty: Double?
    @Option(help: .hidden) var skipPenalty: Double?
    @Option(help: .hidden) var explainedSkipPenalty: Double?
    @Flag(help: .hidden) var noLearning = false
    @Flag(help: .hidden) var seedOnly = false

    func run() throws {
        try reportingErrors {
            let names = files.split(separator: ",").map(String.init)
            guard names.count == 2 else { throw InputError(file: files, problem: "--files needs two stems, e.g. ru,en") }
            var configuration = Aligner.Configuration()
            if let pairThreshold { configuration.pairThreshold = pairThreshold }
            if let mergePenalty { configuration.mergePenalty = mergePenalty }
            if let boundaryPenalty { configuration.boundaryPenalty = boundaryPenalty }
            if noLearning { configuration.learnsLexicon = false }
            if let nonParallelPenalty { configuration.nonParallelPenalty = nonParallelPenalty }
            if let lengthWeight { configuration.lengthWeight = lengthWeight }
            if let coverageSmoothing { configuration.coverageSmoothing = coverageSmoothing }
            if let structureBonus { configuration.structureBonus = structureBonus }
            if let bandWidth { configuration.bandWidth = bandWidth }
            if let anchoredLengthWeight { configuration.anchoredLengthWeight = anchoredLengthWeight }
            if let learningRounds { configuration.learningRoundsWithoutLexicon = learningRounds }
            if let learningConfidence { configuration.learningConfidenceWithoutLexicon = learningConfidence }
            if let boilerplatePenalty { configuration.boilerplatePenalty = boilerplatePenalty }
            if let remotenessPenalty { configuration.remotenessPenalty = remotenessPenalty }
            if let explainedSkipPenalty { configuration.explainedSkipPenalty = explainedSkipPenalty }
            if let skipPenalty {
                configuration.skipPenalty = skipPenalty
                configuration.skipPenaltyWithGeneralDictionary = skipPenalty
            }
            let aligner = try Aligner(
                sourceLanguage: Language(rawValue: names[0]), targetLanguage: Language(rawValue: names[1]),
                lexicon: seedOnly ? try Lexicon.russianEnglishSeed() : nil, configuration: configuration)
            let evaluation = CorpusEvaluation(aligner: aligner, sourceName: names[0], targetName: names[1], endToEnd: endToEnd)
            print("| document | units | P strict | R strict | F1 strict | F1 lax | false pairs | seconds |")
            print("|---|---:|---:|---:|---:|---:|---:|---:|")
            for directory in directories {
                let results = try evaluation.evaluate(
                    folders: evaluation.documentFolders(in: directory), sharingLexicon: sharedLexicon)
                for result in results {
                    let folder = result.path
                    if let predictions {
                        do {
                            try FileManager.default.createDirectory(atPath: predictions, withIntermediateDirectories: true)
                        } catch {
                            throw InputError(file: predictions, problem: "cannot create the predictions folder")
                        }
                        let name = (folder as NSString).lastPathComponent
                        let text = result.predicted.map { VecalignFormat.line(for: $0) }.joined(separator: "\n") + "\n"
                        let path = predictions + "/" + name + ".txt"
                        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                            throw InputError(file: path, problem: "cannot write the predictions")
                        }
                    }
                    if !summary {
                        print(row((folder as NSString).lastPathComponent, result.sourceUnits + result.targetUnits,
                                  result.score, result.falsePairs, result.seconds))
                    }
                }
                let pooled = AlignmentScore.pooled(results.map(\.score))
                defer { if calibration { printCalibration(results) } }
                print(row("**\(directory)** (\(results.count) docs)", results.reduce(0) { $0 + $1.sourceUnits + $1.targetUnits },
                          pooled, results.reduce(0) { $0 + $1.falsePairs }, results.reduce(0) { $0 + $1.seconds }))
            }
        }
    }

    private func printCalibration(_ results: [CorpusEvaluation.DocumentResult]) {
        let table = CalibrationTable(results.map { ($0.gold, $0.predicted) })
        print("")
        print("| confidence | beads | exactly right | share right |")
        print("|---|---:|---:|---:|")
        for band in table.bands where band.beads > 0 {
            print("| \(formatFixed(band.lower, digits: 1))–\(formatFixed(band.upper, digits: 1)) | \(band.beads) | \(band.right) | \(formatFixed(band.share, digits: 3)) |")
        }
        print("| ≥ 0.9 | \(table.atLeast(0.9).beads) | \(table.atLeast(0.9).right) | \(formatFixed(table.atLeast(0.9).share, digits: 3)) |")
        print("")
    }

    private func row(_ name: String, _ units: Int, _ score: AlignmentScore, _ falsePairs: Int, _ seconds: Double) -> String {
        "| \(name) | \(units) | \(formatFixed(score.precisionStrict, digits: 3)) | \(formatFixed(score.recallStrict, digits: 3)) "
            + "| \(formatFixed(score.f1Strict, digits: 3)) | \(formatFixed(score.f1Lax, digits: 3)) | \(falsePairs) "
            + "| \(formatFixed(seconds, digits: 3)) |"
    }
}
