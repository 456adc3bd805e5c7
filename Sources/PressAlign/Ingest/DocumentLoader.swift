/// Turns a source text into sentences: segmented, or one per line when the input is presegmented.
public enum DocumentLoader {
    /// The sentences of `source`.
    ///
    /// - Parameter presegmented: every line is one sentence (an empty line is an empty sentence).
    public static func sentences(of source: SourceText, language: Language, presegmented: Bool) throws(NativeLibraryError)
        -> [Sentence]
    {
        if presegmented { return Sentence.lines(of: source.text, byteOffset: source.byteOffset) }
        return try SentenceSegmenter(language: language).sentences(in: source.text, byteOffset: source.byteOffset)
    }
}
