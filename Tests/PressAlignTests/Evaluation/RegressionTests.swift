import Foundation
import Testing

@testable import PressAlign

/// Scores that may only go up. Update them (upwards) with the figures in Docs/Evaluation.md when the aligner improves.
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
        Baseline(directory: "translation", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.880, maximumFalsePairs: 0),
        Baseline(directory: "translation", files: ("ru", "en"), endToEnd: true, minimumStrictF1: 0.878, maximumFalsePairs: 1),
        Baseline(directory: "independent", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.872, maximumFalsePairs: 10),
        Baseline(directory: "independent", files: ("ru", "en"), endToEnd: true, minimumStrictF1: 0.872, maximumFalsePairs: 10),
        Baseline(directory: "nonparallel", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.490, maximumFalsePairs: 15),
    ]

    static let sharedBaselines: [Baseline] = [
        Baseline(directory: "alignment/textberg_defr", files: ("de", "fr"), endToEnd: false, minimumStrictF1: 0.50, maximumFalsePairs: 90),
        Baseline(directory: "alignment/wmt21_ruen", files: ("ru", "en"), endToEnd: false, minimumStrictF1: 0.83, maximumFalsePairs: 3),
    ]

    static let dictionaryInstalled = FileManager.default.fileExists(atPath: MuellerDictionary.path)

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

    @Test("Shared gold sets", .enabled(if: Paths.sharedCorpora != nil && dictionaryInstalled), arguments: sharedBaselines)
    func sharedSets(_ baseline: Baseline) throws {
        try Self.check(baseline, root: Paths.sharedCorpora!)
    }
}
