import ArgumentParser
import Foundation
import PressAlign

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what PressAlign understood of a document: blocks, roles, speakers, boilerplate, counts.",
        discussion: """
            Reads a plain-text or HTML transcript (any encoding PressAlign can detect, or --encoding) and prints \
            every sentence with its block, role, speaker and boilerplate flag, then a summary; --format json \
            prints one JSON object.

            Examples:
              pressalign inspect Corpora/independent/state-department-page-with-comments/ru.raw.txt
              pressalign inspect --format json page.html
              pressalign inspect --encoding koi8-r old-page.html
            """
    )

    @Argument(help: "The document (text or HTML).")
    var file: String

    @Option(help: "The document's language: ru, en, auto.")
    var language: String = "auto"

    @Option(help: "Decode the file from this encoding instead of detecting it (windows-1251, koi8-r, utf-8…).")
    var encoding: String?

    @Option(help: "Output format: text or json.")
    var format: InspectFormat = .text

    func run() throws {
        try reportingErrors {
            var chosen = Language(rawValue: language)
            if language == "auto" {
                let bytes = try SourceText.readBytes(file)
                let decoded = try InputDecoder(encoding: encoding).decode(bytes, name: file)
                chosen = Language.detect(in: decoded.text) ?? .english
            }
            let document = try DocumentReader(language: chosen, encoding: encoding).read(contentsOf: file)
            for warning in document.warnings { printWarning(warning) }
            var output = StandardOutput()
            switch format {
            case .text: output.write(DocumentReport.text(document))
            case .json: output.write(DocumentReport.json(document) + "\n")
            }
            output.flush()
        }
    }
}

enum InspectFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
