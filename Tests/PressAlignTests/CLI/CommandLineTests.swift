import Foundation
import Testing

@testable import PressAlign

@Suite("Command line", .serialized, .enabled(if: CommandRunner.executable != nil, "the pressalign executable is built"))
struct CommandLineTests {
    @Test("Bad usage exits 2, failures exit 1, messages start with error: and name the file")
    func exitCodes() throws {
        let usage = try CommandRunner.run(["align", "only-one-file.txt"])
        #expect(usage.status == 2)
        #expect(usage.standardError.hasPrefix("error: "))
        let missing = try CommandRunner.run(["align", "/no/such/ru.txt", "/no/such/en.txt"])
        #expect(missing.status == 1)
        #expect(missing.standardError.hasPrefix("error: /no/such/ru.txt: no such file"))
        let help = try CommandRunner.run(["batch", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("Examples:"))
    }

    @Test("Same-language inputs warn but align; an empty side aligns everything as one-sided, exit 0")
    func oddPairs() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "We met. We talked.".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "We met. We spoke.".write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        try "".write(toFile: folder + "/empty.txt", atomically: true, encoding: .utf8)
        let same = try CommandRunner.run(["align", folder + "/a.txt", folder + "/b.txt"])
        #expect(same.status == 0)
        #expect(same.standardError.contains("warning:"))
        let empty = try CommandRunner.run(["align", "--include-unaligned", folder + "/a.txt", folder + "/empty.txt"])
        #expect(empty.status == 0)
        #expect(empty.standardOutput.split(separator: "\n").count == 3)  // header + two one-sided beads
    }

    @Test("Batch with two jobs writes outputs identical to single runs, and resumes")
    func batchMatchesAlign() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pairs = Paths.corpusPairs()
        var manifest = "# id\tru\ten\n"
        for pair in pairs {
            manifest += "\(pair.pair)\t\(CorpusEvaluation.rawPath(pair.path, "ru"))\t\(CorpusEvaluation.rawPath(pair.path, "en"))\n"
        }
        try manifest.write(toFile: folder + "/manifest.tsv", atomically: true, encoding: .utf8)
        let batch = try CommandRunner.run(["batch", folder + "/manifest.tsv", "--output-dir", folder + "/out", "--jobs", "2"])
        #expect(batch.status == 0, "\(batch.standardError)")
        for pair in pairs {
            let single = try CommandRunner.run(
                ["align", CorpusEvaluation.rawPath(pair.path, "ru"), CorpusEvaluation.rawPath(pair.path, "en")])
            let batched = try String(contentsOfFile: folder + "/out/\(pair.pair).tsv", encoding: .utf8)
            #expect(single.standardOutput == batched, "\(pair.pair) differs")
        }
        let summary = try String(contentsOfFile: folder + "/out/summary.tsv", encoding: .utf8)
        #expect(summary.split(separator: "\n").count == pairs.count + 1)
        let again = try CommandRunner.run(["batch", folder + "/manifest.tsv", "--output-dir", folder + "/out"])
        #expect(again.status == 0)
        let resumed = try String(contentsOfFile: folder + "/out/summary.tsv", encoding: .utf8)
        #expect(resumed.contains("done earlier"))
    }

    @Test("A failing pair is reported and skipped; shards split the manifest")
    func failuresAndShards() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pair = Paths.corpusPairs()[0].path
        let manifest = "good\t\(pair)/ru.txt\t\(pair)/en.txt\nbad\tmissing-ru.txt\tmissing-en.txt\nthird\t\(pair)/ru.txt\t\(pair)/en.txt\n"
        try manifest.write(toFile: folder + "/manifest.tsv", atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["batch", folder + "/manifest.tsv", "--output-dir", folder + "/out", "--presegmented"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: bad:"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out/good.tsv"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out/third.tsv"))
        let shard = try CommandRunner.run(
            ["batch", folder + "/manifest.tsv", "--output-dir", folder + "/shard", "--shard", "1/2", "--presegmented"])
        #expect(shard.status == 1)  // shard 1 of 2 is the "bad" pair
        #expect(!FileManager.default.fileExists(atPath: folder + "/shard/good.tsv"))
        #expect(FileManager.default.fileExists(atPath: folder + "/shard/summary-1-of-2.tsv"))
        let invalid = try CommandRunner.run(["batch", folder + "/manifest.tsv", "--output-dir", folder + "/x", "--shard", "2/2"])
        #expect(invalid.status == 2)
        let shared = try CommandRunner.run(
            ["batch", folder + "/manifest.tsv", "--output-dir", folder + "/shared", "--presegmented", "--shared-lexicon"])
        #expect(shared.status == 1)  // the bad pair still fails; the others are written
        #expect(FileManager.default.fileExists(atPath: folder + "/shared/good.tsv"))
    }

    @Test("--output picks the format from the extension; TMX is well-formed (xmllint)")
    func outputFormats() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pair = Paths.corpusPairs().first { $0.set == "independent" }!.path
        for name in ["a.tmx", "a.html", "a.jsonl", "a.tsv"] {
            let result = try CommandRunner.run(["align", pair + "/ru.raw.txt", pair + "/en.raw.txt", "--output", folder + "/" + name])
            #expect(result.status == 0)
        }
        #expect(try String(contentsOfFile: folder + "/a.tmx", encoding: .utf8).hasPrefix("<?xml"))
        #expect(try String(contentsOfFile: folder + "/a.html", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try String(contentsOfFile: folder + "/a.tsv", encoding: .utf8).hasPrefix("ru_ids\ten_ids\tkind\tconfidence\tru\ten\n"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", folder + "/a.tmx"]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }
}
