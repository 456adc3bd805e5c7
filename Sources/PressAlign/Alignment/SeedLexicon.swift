/// The project's built-in Russian–English lexicon of the diplomatic press genre.
enum SeedLexicon {}
