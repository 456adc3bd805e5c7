import ArgumentParser
import Foundation
import PressAlign

struct PressAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pressalign",
        abstract: "Pair Russian and English press transcripts sentence by sentence.",
        discussion: """
            Exit codes: 0 success, 1 failure (messages start with "error:" and name the file), 2 bad usage.

            Examples:
              pressalign align ru.txt en.txt --output pairs.tsv
              pressalign batch manifest.tsv --output-dir out --jobs 4
              pressalign segment transcript.txt
              pressalign evaluate Corpora/translation
            """,
        version: PressAlignVersion.current,
        subcommands: [
            AlignCommand.self, BatchCommand.self, InspectCommand.self, SegmentCommand.self, EvalCommand.self,
            EvaluateCommand.self, SegmentationScoreCommand.self, BoilerplateScoreCommand.self,
        ]
    )
}

/// The entry point: maps errors to the documented exit codes (0, 1, 2) and `error:` messages.
@main
enum Main {
    static func main() {
        do {
            var command = try PressAlignCommand.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = PressAlignCommand.exitCode(for: error)
            let message = PressAlignCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            var text = message
            if text.hasPrefix("Error: ") { text = String(text.dropFirst("Error: ".count)) }
            FileHandle.standardError.write(Data("error: \(text)\n".utf8))
            Foundation.exit(code == .validationFailure ? 2 : 1)
        }
    }
}
