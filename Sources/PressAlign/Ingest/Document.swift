/// A transcript as PressAlign understands it: its sentences, each with its role in the document, plus the title,
/// the dateline and the speaker turns. Made by `DocumentReader`.
public struct Document: Sendable {
    /// What a sentence is in the document.
    public enum Role: String, Sendable, Hashable, Codable {
        /// The document's title.
        case title
        /// Place and date (`Москва, 12 марта 2024 года`, `Reykjavik, Iceland`, `May 20, 2021`).
        case dateline
        /// A heading inside the document.
        case heading
        /// A stage note: `(Laughter.)`, `[inaudible]`, `(Via interpreter)`, `(говорит по-английски, перевод)`.
        case stageNote
        /// Ordinary text.
        case body
    }

    /// Site boilerplate a sentence belongs to: flagged, never deleted.
    public enum Boilerplate: String, Sendable, Hashable, Codable {
        /// Menus, breadcrumbs, search, language switches, "Skip to content".
        case navigation
        /// Share and print lines.
        case share
        /// Cookie notices and their buttons.
        case cookies
        /// Publication metadata: ids, sources, tags, photo credits, related links.
        case metadata
        /// Reader comments: names with times, "Reply", votes, "edited" lines.
        case comments
        /// Donation and subscription appeals.
        case donation
        /// Footer: copyright, addresses, "Back to top", footer links.
        case footer
    }

    /// What is known about one sentence.
    public struct SentenceInfo: Sendable, Hashable {
        /// Its role.
        public var role: Role = .body
        /// The speaker of the turn the sentence belongs to, if any.
        public var speaker: Speaker? = nil
        /// The label as written when the sentence starts a turn (`С.В.Лавров:`).
        public var label: String? = nil
        /// The block (line or paragraph) the sentence belongs to, 0-based.
        public var block: Int = 0
        /// Site boilerplate, or `nil` for document text.
        public var boilerplate: Boilerplate? = nil
    }

    /// A speaker turn: where it starts and who speaks.
    public struct Turn: Sendable, Hashable {
        /// The first sentence of the turn.
        public var firstSentence: Int
        /// The label as written.
        public var label: String
        /// The normalised speaker.
        public var speaker: Speaker
    }

    /// The name used in messages (the path).
    public var name: String
    /// `text` or `html`.
    public var format: String
    /// The encoding the file was decoded from.
    public var encoding: String
    /// The text the sentences are cut from: the decoded file, or the visible text of an HTML page.
    public var text: String
    /// Whether sentence byte ranges are offsets into the file as given (UTF-8 plain text) rather than into `text`.
    public var offsetsReferToFile: Bool
    /// The sentences, in order.
    public var sentences: [Sentence]
    /// One entry per sentence.
    public var info: [SentenceInfo]
    /// The document's title, if it has one.
    public var title: String?
    /// The dateline's text and the date it holds (ISO `YYYY-MM-DD`) when one could be read.
    public var dateline: (text: String, date: String?)?
    /// Speaker turns, in order.
    public var turns: [Turn]
    /// Things a user should know (an empty page, a page without text).
    public var warnings: [String]

    /// The metadata written by exports.
    public var metadata: DocumentMetadata {
        var metadata = DocumentMetadata(sentences: sentences)
        metadata.title = title
        metadata.date = dateline?.date ?? metadata.date
        return metadata
    }
}
