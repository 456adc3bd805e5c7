import ArgumentParser

@main
struct PressAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pressalign",
        abstract: "Pair Russian and English press transcripts sentence by sentence.",
        subcommands: [AlignCommand.self, SegmentCommand.self, EvalCommand.self, EvaluateCommand.self, SegmentationScoreCommand.self]
    )
}
