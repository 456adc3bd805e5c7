import Foundation

/// Aligns every document folder below some directories and scores the result against the folders' `gold.txt`.
///
/// A document folder holds `<source>.txt`, `<target>.txt` (one unit per line), `gold.txt`, and for end-to-end runs
/// `<source>.raw.txt` and `<target>.raw.txt`.
public struct CorpusEvaluation: Sendable {
    /// One document's result.
    public struct DocumentResult: Sendable {
        /// The folder.
        public var path: String
        /// Source and target units.
        public var sourceUnits: Int
        /// Target units.
        public var targetUnits: Int
        /// The document's score.
        public var score: AlignmentScore
        /// Predicted two-sided beads that share no sentence pair with a gold two-sided bead.
        public var falsePairs: Int
        /// Seconds spent aligning (segmentation included end to end).
        public var seconds: Double
        /// The predicted beads over gold units (after mapping, end to end).
        public var predicted: [Bead]
        /// The gold beads.
        public var gold: [Bead]
    }

    /// File stems of the two sides (`ru`, `en`).
    public var sourceName: String
    /// The target file stem.
    public var targetName: String
    /// Segment the raw files instead of reading the gold units.
    public var endToEnd: Bool
    /// The aligner.
    public var aligner: Aligner

    /// Creates an evaluation.
    public init(aligner: Aligner, sourceName: String = "ru", targetName: String = "en", endToEnd: Bool = false) {
        self.aligner = aligner
        self.sourceName = sourceName
        self.targetName = targetName
        self.endToEnd = endToEnd
    }

    /// Document folders below `directory` (the directory itself when it is one), sorted.
    public func documentFolders(in directory: String) -> [String] {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory + "/gold.txt") { return [directory] }
        guard let enumerator = manager.enumerator(atPath: directory) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix("/gold.txt") || relative == "gold.txt" {
                result.append(directory + "/" + String(relative.dropLast("/gold.txt".count)))
            }
        }
        return result.sorted()
    }

    /// Aligns and scores one folder.
    public func evaluate(folder: String) throws -> DocumentResult {
        try evaluate(folders: [folder], sharingLexicon: false)[0]
    }

    /// Aligns and scores several folders. With `sharingLexicon`, the folders are aligned as one batch whose
    /// translation table is learned from all of them (`Aligner.align(documents:)`); seconds are then shared equally.
    public func evaluate(folders: [String], sharingLexicon: Bool) throws -> [DocumentResult] {
        struct Loaded {
            var folder: String
            var gold: [Bead]
            var sourceUnits: [Sentence]
            var targetUnits: [Sentence]
            var sourceDocument: Document?
            var targetDocument: Document?
        }
        let loaded = try folders.map { folder -> Loaded in
            let gold = try VecalignFormat.parse(SourceText(contentsOf: folder + "/gold.txt").text, name: folder + "/gold.txt")
            let sourceUnits = Sentence.lines(of: try SourceText(contentsOf: "\(folder)/\(sourceName).txt").text)
            let targetUnits = Sentence.lines(of: try SourceText(contentsOf: "\(folder)/\(targetName).txt").text)
            var item = Loaded(folder: folder, gold: gold, sourceUnits: sourceUnits, targetUnits: targetUnits)
            if endToEnd {
                item.sourceDocument = try DocumentReader(language: aligner.sourceLanguage)
                    .read(contentsOf: Self.rawPath(folder, sourceName))
                item.targetDocument = try DocumentReader(language: aligner.targetLanguage)
                    .read(contentsOf: Self.rawPath(folder, targetName))
            }
            return item
        }
        var alignments: [Alignment] = []
        var seconds: [Double] = []
        if sharingLexicon {
            let start = Date()
            if endToEnd {
                alignments = try aligner.align(documents: loaded.map { ($0.sourceDocument!, $0.targetDocument!) })
            } else {
                alignments = try aligner.align(sentencePairs: loaded.map { ($0.sourceUnits, $0.targetUnits) })
            }
            let total = Date().timeIntervalSince(start)
            seconds = loaded.map { _ in total / Double(max(1, loaded.count)) }
        } else {
            for item in loaded {
                let start = Date()
                if endToEnd {
                    alignments.append(try aligner.align(source: item.sourceDocument!, target: item.targetDocument!))
                } else {
                    alignments.append(try aligner.align(source: item.sourceUnits, target: item.targetUnits))
                }
                seconds.append(Date().timeIntervalSince(start))
            }
        }
        return zip(loaded, zip(alignments, seconds)).map { item, result in
            let (alignment, time) = result
            var predicted = alignment.beads
            if endToEnd {
                predicted = UnitMapping.project(
                    alignment.beads,
                    sourceMap: UnitMapping.unitsOverlapped(by: alignment.source.map(\.text), units: item.sourceUnits.map(\.text)),
                    targetMap: UnitMapping.unitsOverlapped(by: alignment.target.map(\.text), units: item.targetUnits.map(\.text)),
                    sourceUnits: item.sourceUnits.count, targetUnits: item.targetUnits.count)
            }
            return DocumentResult(
                path: item.folder, sourceUnits: item.sourceUnits.count, targetUnits: item.targetUnits.count,
                score: AlignmentScore(gold: item.gold, predicted: predicted),
                falsePairs: Self.falsePairs(gold: item.gold, predicted: predicted),
                seconds: time, predicted: predicted, gold: item.gold)
        }
    }

    /// The raw document of one side: `<side>.raw.txt`, or `<side>.raw.html` when there is no text file.
    public static func rawPath(_ folder: String, _ side: String) -> String {
        let text = "\(folder)/\(side).raw.txt"
        let html = "\(folder)/\(side).raw.html"
        return FileManager.default.fileExists(atPath: text) || !FileManager.default.fileExists(atPath: html) ? text : html
    }

    /// Predicted two-sided beads that share no (source, target) sentence pair with any gold two-sided bead.
    public static func falsePairs(gold: [Bead], predicted: [Bead]) -> Int {
        var goldPairs = Set<Int64>()
        for bead in gold where bead.isTwoSided {
            for i in bead.source { for j in bead.target { goldPairs.insert(Int64(i) << 32 | Int64(j)) } }
        }
        return predicted.filter { bead in
            bead.isTwoSided && !bead.source.contains { i in bead.target.contains { j in goldPairs.contains(Int64(i) << 32 | Int64(j)) } }
        }.count
    }
}

/// Maps predicted sentences onto gold units by their non-whitespace characters (end-to-end scoring).
public enum UnitMapping {
    /// For each sentence, the gold units it overlaps, given both cut the same text (compared without white space).
    public static func unitsOverlapped(by sentences: [String], units: [String]) -> [[Int]] {
        func length(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) } }
        var unitEnds: [Int] = []
        var total = 0
        for unit in units {
            total += length(unit)
            unitEnds.append(total)
        }
        var result: [[Int]] = []
        var position = 0
        var unit = 0
        for sentence in sentences {
            let start = position
            let end = position + length(sentence)
            position = end
            var covered: [Int] = []
            var cursor = unit
            while cursor < units.count, (cursor == 0 ? 0 : unitEnds[cursor - 1]) < end {
                if unitEnds[cursor] > start { covered.append(cursor) }
                if unitEnds[cursor] <= end { cursor += 1 } else { break }
            }
            unit = cursor
            result.append(covered)
        }
        return result
    }

    /// Rewrites beads over sentences as beads over units: beads that share a unit merge; units no bead touches
    /// become one-sided beads.
    public static func project(
        _ beads: [Bead], sourceMap: [[Int]], targetMap: [[Int]], sourceUnits: Int, targetUnits: Int
    ) -> [Bead] {
        var projected: [(Set<Int>, Set<Int>)] = beads.map { bead in
            (Set(bead.source.flatMap { sourceMap[$0] }), Set(bead.target.flatMap { targetMap[$0] }))
        }.filter { !$0.0.isEmpty || !$0.1.isEmpty }
        // Merge neighbours that share a unit (beads are in order, so sharing happens between neighbours).
        var merged: [(Set<Int>, Set<Int>)] = []
        for bead in projected {
            if let last = merged.last, !last.0.isDisjoint(with: bead.0) || !last.1.isDisjoint(with: bead.1) {
                merged[merged.count - 1] = (last.0.union(bead.0), last.1.union(bead.1))
            } else {
                merged.append(bead)
            }
        }
        projected = merged
        let usedSource = Set(projected.flatMap(\.0))
        let usedTarget = Set(projected.flatMap(\.1))
        var result = projected.map { Bead(source: $0.0.sorted(), target: $0.1.sorted()) }
        result += (0..<sourceUnits).filter { !usedSource.contains($0) }.map { Bead(source: [$0], target: []) }
        result += (0..<targetUnits).filter { !usedTarget.contains($0) }.map { Bead(source: [], target: [$0]) }
        return result
    }
}
