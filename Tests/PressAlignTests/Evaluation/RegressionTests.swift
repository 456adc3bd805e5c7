import Foundation
import Testing

@testable import PressAlign

/// Scores that may only go up. Update them (upwards) with the figures in Docs/Evaluation.md when the aligner improves.
/// (One deliberate exception, 2026-11-29: the explained-skip penalty lifted translations from 0.954 to 0.967 but
/// lowered the HTML tier from 0.960 to 0.952 (false pairs 3 → 5) and allowed one more false pair on the translation
/// tier and on the independent tier end to end; see Docs/Evaluation.md. A second, sixth session: the segmenter now
/// keeps `…Ирана: в мае 2018 г. США вышли…` whole, as the gold units do, and end to end the aligner then makes the
/// same merge it makes presegmented (a proverb without counterpart joins the next bead): independent end to end
/// 0.964 → 0.962.)
@Suite("Regression: alignment scores against committed baselines", .serialized)
struct RegressionTests {
    struct Baseline: Sendable, CustomTestStringConvertible {
        let directory: String
        let files: (String, String)
        let endToEnd: Bool
        let minimumStrictF1: Double
        let maximumFalsePairs: Int
        var testDescription: String { "\(directory)\(endToEnd ? " end to end" : "")" }
    }

    static let corpusBaselines: [Baseline] = [
        Baseline(directory: "translation", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.974, maximumFalsePairs: 2),
        Baseline(directory: "translation", files: ("ru", "en"), endToEnd: true, minimumStrictF1: 0.974, maximumFalsePairs: 2),
        Baseline(directory: "independent", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.956, maximumFalsePairs: 8),
        Baseline(directory: "independent", files: ("ru", "en"), endToEnd: true, minimumStrictF1: 0.962, maximumFalsePairs: 9),
        Baseline(directory: "nonparallel", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.93, maximumFalsePairs: 3),
        Baseline(directory: "nonparallel", files: ("ru", "en"), endToEnd: true, minimumStrictF1: 0.93, maximumFalsePairs: 3),
        Baseline(directory: "html", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.951, maximumFalsePairs: 5),
        Baseline(directory: "html", files: ("ru", "en"), endToEnd: true, minimumStrictF1: 0.951, maximumFalsePairs: 4),
    ]

    static let sharedBaselines: [Baseline] = [
        // With Debian's FreeDict German–French dictionaries as the lexicon when installed, generic rules otherwise.
        freeDictInstalled
            ? Baseline(directory: "alignment/textberg_defr", files: ("de", "fr"), endToEnd: false, minimumStrictF1: 0.864, maximumFalsePairs: 5)
            : Baseline(directory: "alignment/textberg_defr", files: ("de", "fr"), endToEnd: false, minimumStrictF1: 0.72, maximumFalsePairs: 55),
        Baseline(directory: "alignment/wmt21_ruen", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.990, maximumFalsePairs: 0),
    ]

    static let dictionaryInstalled = FileManager.default.fileExists(atPath: MuellerDictionary.path)
    static let freeDictInstalled = !FreeDictDictionary.files(source: "de", target: "fr").isEmpty

    static func check(_ baseline: Baseline, root: String) throws {
        let aligner = try Aligner(sourceLanguage: Language(rawValue: baseline.files.0), targetLanguage: Language(rawValue: baseline.files.1))
        let evaluation = CorpusEvaluation(
            aligner: aligner, sourceName: baseline.files.0, targetName: baseline.files.1, endToEnd: baseline.endToEnd)
        let results = try evaluation.documentFolders(in: root + "/" + baseline.directory).map {
            try evaluation.evaluate(folder: $0)
        }
        #expect(!results.isEmpty)
        let score = AlignmentScore.pooled(results.map(\.score))
        let falsePairs = results.reduce(0) { $0 + $1.falsePairs }
        #expect(score.f1Strict >= baseline.minimumStrictF1, "strict F1 \(score.f1Strict) fell below the baseline")
        #expect(falsePairs <= baseline.maximumFalsePairs, "\(falsePairs) false pairs")
    }

    @Test("Corpora", .enabled(if: dictionaryInstalled, "the baselines assume Debian's mueller7-dict"), arguments: corpusBaselines)
    func corpora(_ baseline: Baseline) throws {
        try Self.check(baseline, root: Paths.corpora)
    }

    @Test("Confidence is calibrated: beads at 0.9 or above are right at least 95% of the time",
          .enabled(if: dictionaryInstalled, "the calibration assumes Debian's mueller7-dict"))
    func calibration() throws {
        let evaluation = CorpusEvaluation(aligner: try Aligner())
        var documents: [(gold: [Bead], predicted: [Bead])] = []
        for set in ["translation", "independent", "nonparallel"] {
            for folder in evaluation.documentFolders(in: Paths.corpora + "/" + set) {
                let result = try evaluation.evaluate(folder: folder)
                documents.append((result.gold, result.predicted))
            }
        }
        let confident = CalibrationTable(documents).atLeast(0.9)
        #expect(confident.beads > 1_000)
        #expect(confident.share >= 0.95, "\(confident.right) of \(confident.beads) right")
    }

    @Test("A translation table learned from the whole batch helps",
          .enabled(if: dictionaryInstalled, "the baselines assume Debian's mueller7-dict"))
    func sharedLexicon() throws {
        let evaluation = CorpusEvaluation(aligner: try Aligner())
        let results = try evaluation.evaluate(
            folders: evaluation.documentFolders(in: Paths.corpora + "/translation"), sharingLexicon: true)
        let score = AlignmentScore.pooled(results.map(\.score))
        #expect(score.f1Strict >= 0.965, "strict F1 \(score.f1Strict)")
        for result in results {
            #expect(Alignment.coversInOrder(result.predicted, sourceCount: result.sourceUnits, targetCount: result.targetUnits))
        }
    }

    @Test("The boilerplate flag: precision ≥ 0.95 and recall ≥ 0.9 on Corpora's gold labels")
    func boilerplate() throws {
        let evaluation = CorpusEvaluation(aligner: try Aligner(lexicon: Lexicon()))
        let folders = ["translation", "independent", "nonparallel", "html"].flatMap {
            evaluation.documentFolders(in: Paths.corpora + "/" + $0)
        }
        let counts = try BoilerplateEvaluation.score(folders: folders)
        #expect(counts.precision >= 0.99, "precision \(counts.precision)")
        #expect(counts.recall >= 0.95, "recall \(counts.recall)")
    }

    @Test("Shared gold sets", .enabled(if: Paths.sharedCorpora != nil && dictionaryInstalled), arguments: sharedBaselines)
    func sharedSets(_ baseline: Baseline) throws {
        try Self.check(baseline, root: Paths.sharedCorpora!)
    }
}
