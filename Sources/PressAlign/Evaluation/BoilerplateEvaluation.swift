import Foundation

/// Precision and recall of the boilerplate flag against gold labels (`ru.boilerplate.txt`, `en.boilerplate.txt`:
/// 0-based gold unit numbers, one per line), with documents read end to end from their raw files.
public struct BoilerplateEvaluation: Sendable {
    /// Counts over gold units.
    public struct Counts: Sendable {
        /// Flagged and boilerplate.
        public var truePositives = 0
        /// Flagged, not boilerplate.
        public var falsePositives = 0
        /// Boilerplate, not flagged.
        public var falseNegatives = 0
        /// Precision (0/0 is 0).
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Recall (0/0 is 0).
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Units that were wrongly flagged or missed, as `(side, unit, text, flagged)`.
        public var mistakes: [(String, Int, String, Bool)] = []
    }

    /// Scores the folders; sides are `ru` and `en`.
    public static func score(folders: [String]) throws -> Counts {
        var counts = Counts()
        for folder in folders {
            for (side, language) in [("ru", Language.russian), ("en", Language.english)] {
                let goldPath = "\(folder)/\(side).boilerplate.txt"
                guard FileManager.default.fileExists(atPath: goldPath) else { continue }
                let gold = Set(try SourceText(contentsOf: goldPath).text.split(separator: "\n").compactMap { Int($0) })
                let units = Sentence.lines(of: try SourceText(contentsOf: "\(folder)/\(side).txt").text).map(\.text)
                let document = try DocumentReader(language: language).read(contentsOf: CorpusEvaluation.rawPath(folder, side))
                let map = UnitMapping.unitsOverlapped(by: document.sentences.map(\.text), units: units)
                var flagged = Set<Int>()
                for (index, item) in document.info.enumerated() where item.boilerplate != nil {
                    flagged.formUnion(map[index])
                }
                for unit in units.indices {
                    switch (flagged.contains(unit), gold.contains(unit)) {
                    case (true, true): counts.truePositives += 1
                    case (true, false):
                        counts.falsePositives += 1
                        counts.mistakes.append(((folder as NSString).lastPathComponent + "/" + side, unit, units[unit], true))
                    case (false, true):
                        counts.falseNegatives += 1
                        counts.mistakes.append(((folder as NSString).lastPathComponent + "/" + side, unit, units[unit], false))
                    default: break
                    }
                }
            }
        }
        return counts
    }
}
