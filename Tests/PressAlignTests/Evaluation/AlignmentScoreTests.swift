import Testing

@testable import PressAlign

@Suite("Alignment scores (Vecalign's score.py)")
struct AlignmentScoreTests {
    static func beads(_ text: String) throws -> [Bead] {
        try VecalignFormat.parse(text, name: "test")
    }

    @Test("A perfect prediction scores 1 everywhere")
    func perfect() throws {
        let gold = try Self.beads("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]")
        let score = AlignmentScore(gold: gold, predicted: gold)
        #expect(score.f1Strict == 1 && score.f1Lax == 1 && score.precisionStrict == 1 && score.recallLax == 1)
    }

    @Test("Merges: a 2-1 predicted as 1-1 plus 1-0 (hand-checked)")
    func merge() throws {
        let gold = try Self.beads("[0]:[0]\n[1, 2]:[1]")
        let predicted = try Self.beads("[0]:[0]\n[1]:[1]\n[2]:[]")
        let score = AlignmentScore(gold: gold, predicted: predicted)
        // Precision: [0]:[0] strict; [1]:[1] lax only; [2]:[] a miss (no gold deletion). 1/3 strict, 2/3 lax.
        #expect(score.precisionCounts == .init(strictHits: 1, strictMisses: 2, laxHits: 2, laxMisses: 1))
        // Recall: gold [0]:[0] found; gold [1,2]:[1] overlaps predicted [1]:[1]. 1/2 strict, 2/2 lax.
        #expect(score.recallCounts == .init(strictHits: 1, strictMisses: 1, laxHits: 2, laxMisses: 0))
        #expect(abs(score.f1Strict - 2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5)) < 1e-12)
        #expect(abs(score.f1Lax - 2 * (2.0 / 3) * 1 / (2.0 / 3 + 1)) < 1e-12)
    }

    @Test("Deletions count only when they match a gold deletion; recall ignores them")
    func deletions() throws {
        let gold = try Self.beads("[0]:[]\n[1]:[0]")
        let predicted = try Self.beads("[0]:[]\n[1]:[]\n[]:[0]")
        let score = AlignmentScore(gold: gold, predicted: predicted)
        #expect(score.precisionCounts == .init(strictHits: 1, strictMisses: 2, laxHits: 1, laxMisses: 2))
        #expect(score.recallCounts == .init(strictHits: 0, strictMisses: 1, laxHits: 0, laxMisses: 1))
        #expect(score.recallStrict == 0 && score.f1Lax == 0 && abs(score.precisionLax - 1.0 / 3) < 1e-12)
    }

    @Test("Duplicates count once, scores are accepted, empty predictions score 0")
    func duplicatesAndEmpty() throws {
        let gold = try Self.beads("[0]:[0]\n[1]:[1]")
        let predicted = try Self.beads("[0]:[0]:0.9\n[0]:[0]:0.8\n[1]:[2]:0.1")
        let score = AlignmentScore(gold: gold, predicted: predicted)
        #expect(score.precisionCounts.strictHits == 1 && score.precisionCounts.strictMisses == 1)
        let empty = AlignmentScore(gold: gold, predicted: [])
        #expect(empty.precisionStrict == 0 && empty.recallStrict == 0 && empty.f1Strict == 0)
        #expect(AlignmentScore(gold: [], predicted: []).f1Lax == 0)
    }

    @Test("Counts are pooled before the ratios")
    func pooling() throws {
        let first = AlignmentScore(gold: try Self.beads("[0]:[0]"), predicted: try Self.beads("[0]:[0]"))
        let second = AlignmentScore(
            gold: try Self.beads("[0]:[0]\n[1]:[1]\n[2]:[2]"), predicted: try Self.beads("[0]:[1]\n[1]:[0]\n[2]:[2]"))
        let pooled = AlignmentScore.pooled([first, second])
        #expect(pooled.precisionStrict == 0.5)  // 2 of 4, not the mean of 1 and 1/3
    }

    @Test("Malformed beads are reported with their line", arguments: ["[0]:", "[a]:[1]", "0:0", "[0]:[1]:x"])
    func malformed(_ line: String) {
        #expect(throws: InputError.self) { try Self.beads("[0]:[0]\n" + line) }
    }

    @Test("JSON keys")
    func json() throws {
        let gold = try Self.beads("[0]:[0]")
        let text = AlignmentScore(gold: gold, predicted: gold).json
        for key in ["precision_strict", "recall_strict", "f1_strict", "precision_lax", "recall_lax", "f1_lax"] {
            #expect(text.contains("\"\(key)\": 1.000000"))
        }
    }
}
