import Foundation

/// Writes two-sided beads as a TMX 1.4b translation memory: one `<tu>` per bead with a Russian and an English
/// `<tuv>`, and the bead's confidence as a `<prop type="x-confidence">`.
public struct TMXWriter: Sendable {
    /// The source language code written in `xml:lang` and `srclang` (`ru`).
    public var sourceLanguage: String
    /// The target language code (`en`).
    public var targetLanguage: String
    /// The tool version written in the header.
    public var toolVersion: String

    /// Creates a writer.
    public init(sourceLanguage: String = "ru", targetLanguage: String = "en", toolVersion: String = PressAlignVersion.current) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.toolVersion = toolVersion
    }

    /// Calls `emit` with the document, piece by piece.
    public func write(_ alignment: Alignment, to emit: (String) -> Void) {
        emit("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        emit("<tmx version=\"1.4\">\n")
        emit("  <header creationtool=\"PressAlign\" creationtoolversion=\"\(XMLEscaping.escape(toolVersion))\" ")
        emit("datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" ")
        emit("srclang=\"\(XMLEscaping.escape(sourceLanguage))\" o-tmf=\"PressAlign\"/>\n")
        emit("  <body>\n")
        for bead in alignment.beads where bead.isTwoSided {
            emit("    <tu>\n")
            emit("      <prop type=\"x-confidence\">\(formatFixed(bead.confidence ?? 0, digits: 3))</prop>\n")
            emit("      <prop type=\"x-sentences\">\(bead.source.map(String.init).joined(separator: ","))"
                 + ":\(bead.target.map(String.init).joined(separator: ","))</prop>\n")
            let sourceText = bead.source.map { alignment.source[$0].text }.joined(separator: " ")
            let targetText = bead.target.map { alignment.target[$0].text }.joined(separator: " ")
            emit("      <tuv xml:lang=\"\(XMLEscaping.escape(sourceLanguage))\"><seg>\(XMLEscaping.escape(sourceText))</seg></tuv>\n")
            emit("      <tuv xml:lang=\"\(XMLEscaping.escape(targetLanguage))\"><seg>\(XMLEscaping.escape(targetText))</seg></tuv>\n")
            emit("    </tu>\n")
        }
        emit("  </body>\n")
        emit("</tmx>\n")
    }
}

/// PressAlign's version, written into exported files.
public enum PressAlignVersion {
    /// The current version.
    public static let current = "0.1.0"
}
