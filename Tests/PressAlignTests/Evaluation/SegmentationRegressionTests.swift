import Foundation
import Testing

@testable import PressAlign

/// Boundary F1 per shared segmentation suite may only go up (figures in Docs/Segmentation.md).
@Suite("Regression: segmentation suites", .enabled(if: Paths.sharedCorpora != nil, "../shared/corpora is not present"))
struct SegmentationRegressionTests {
    static let baselines: [String: Double] = [
        "ersatz\tru": 0.9965, "gum\ten": 0.973, "languagetool\ten": 0.954, "moses_splitter\ten": 0.866,
        "pysbd+pragmatic\ten": 0.909, "pysbd+pragmatic\tru": 0.922, "razdel\tru": 1.0,
    ]

    @Test("Every suite's boundary F1 stays at or above its baseline")
    func suites() throws {
        let cases = try SegmentationEvaluation.loadCases(directory: Paths.sharedCorpora! + "/segmentation")
        let rows = try SegmentationEvaluation.score(cases) { item in
            let ranges = try item.segmenter.sentenceByteRanges(in: item.text)
            let bytes = Array(item.text.utf8)
            return ranges.map { String(decoding: bytes[$0], as: UTF8.self)[...] }
        }
        for row in rows {
            guard let baseline = Self.baselines[row.suite + "\t" + row.language] else { continue }
            #expect(row.f1 >= baseline - 1e-9, "\(row.suite) \(row.language): \(row.f1) < \(baseline)")
        }
    }
}
