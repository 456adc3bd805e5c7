/// What a word followed by a period tells the segmenter about the next sentence boundary.
///
/// The lists are the project's own, written for the press genre (Russian MFA and US State Department transcripts) and
/// general news. Words are lower case, without the final period, inner periods kept (`т.е`, `u.s`).
enum AbbreviationRole {
    /// Never ends a sentence: titles and abbreviations that always have a continuation (`Mr.`, `т.е.`, `проф.`).
    case continuing
    /// May end a sentence: break when the next word is capitalised (`т.д.`, `г.` after a year, `etc.`).
    case ambiguous
    /// Usually inside a sentence even before a capital: break only before a typical sentence opener
    /// (`U.S.` before `The` or `We`, but not before `Government`).
    case acronym
}

enum Abbreviations {
    /// The role of `word` (lower case, no final period) in `language`, or `nil` when it is no known abbreviation.
    static func role(of word: String, language: Language) -> AbbreviationRole? {
        if let role = shared[word] { return role }
        switch language {
        case .russian: return russian[word]
        case .english: return english[word]
        default: return russian[word] ?? english[word]
        }
    }

    /// The longest entry without an inner period or hyphen, in scalars: longer plain words need no look-up.
    static let longestPlainEntry: Int = {
        let entries = Array(russian.keys) + Array(english.keys) + Array(shared.keys) + Array(numberPrefixes)
        return entries.filter { !$0.contains(".") && !$0.contains("-") }.map(\.unicodeScalars.count).max() ?? 0
    }()

    /// Words after which a number continues the sentence (`No. 5`, `ст. 51`, `Jan. 12`, `p. 4`).
    static let numberPrefixes: Set<String> = [
        "no", "nos", "nr", "p", "pp", "para", "paras", "art", "arts", "sec", "ch", "chap", "fig", "figs", "vol",
        "vols", "op", "ed", "tel", "ext", "rev", "ver", "v", "vs", "ref", "approx", "ca", "c", "cf", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "univ", "grp", "b",
        "ст", "ч", "п", "пп", "пт", "гл", "разд", "рис", "табл", "стр", "с", "т", "тт", "№", "вып", "изд", "тел",
        "д", "кв", "корп", "стр", "им", "ок", "около", "св", "ред", "прим", "абз", "подп", "рез", "см", "напр",
        "янв", "февр", "фев", "мар", "апр", "авг", "сент", "сен", "окт", "нояб", "ноя", "дек", "р", "руб", "долл",
        "г", "гг", "в", "вв", "н.э", "до", "mr", "mrs", "dr", "st", "gen", "rs", "n°",
        "т.е", "т.к", "т.ч",
    ]

    /// Words after `a.m.`/`p.m.` that continue the sentence (`at 5 a.m. Mr. Smith went`, `3 p.m. Moscow time`).
    static let continuesAfterTime: Set<String> = [
        "mr", "mrs", "ms", "dr", "moscow", "eastern", "pacific", "central", "local", "gmt", "utc", "est", "edt", "pst",
        "pdt", "cet", "msk", "et", "pt", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday",
    ]

    /// English sentence openers: after an acronym such as `U.S.`, one of these starts a new sentence.
    static let englishSentenceOpeners: Set<String> = [
        "a", "after", "all", "also", "although", "an", "and", "another", "any", "as", "at", "because", "before",
        "both", "but", "by", "during", "each", "even", "every", "first", "for", "from", "given", "he", "her", "here",
        "his", "how", "however", "i", "if", "in", "it", "its", "last", "let", "many", "meanwhile", "more", "most",
        "my", "no", "not", "now", "of", "on", "once", "one", "only", "our", "she", "since", "so", "some", "still",
        "such", "that", "the", "their", "then", "there", "these", "they", "this", "those", "thus", "to", "today",
        "under", "unlike", "we", "well", "what", "when", "where", "whether", "which", "while", "who", "why", "with",
        "without", "yes", "yet", "you", "your", "thank", "thanks", "please", "mr", "mrs", "ms",
        "dr", "did", "do", "does", "is", "are", "was", "were", "can", "will", "would", "could", "should", "has",
        "have", "had", "i'm", "it's", "we're", "that's", "there's", "he's", "she's", "they're", "i'll", "we'll",
        "several", "few", "millions", "thousands", "hundreds", "dozens", "others", "nobody", "nothing", "everyone",
        "everybody", "everything", "someone", "somebody", "something", "none", "neither", "instead", "moreover",
        "furthermore", "therefore", "indeed", "perhaps", "nevertheless", "nonetheless", "again",
    ]

    private static let shared: [String: AbbreviationRole] = [
        "etc": .ambiguous, "vs": .continuing, "ca": .continuing, "cf": .continuing,
    ]

    private static let english: [String: AbbreviationRole] = {
        var table: [String: AbbreviationRole] = [:]
        for word in [
            "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "profs", "gen", "sen", "sens", "rep", "reps",
            "gov", "amb", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "brig", "rev", "hon",
            "pres", "supt", "insp", "mt", "ft", "atty", "asst", "assoc", "pvt", "cpl", "e.g", "i.e", "viz",
            "approx", "figs", "vols", "nos", "eds", "pp", "chap", "dept", "univ", "inst", "calif", "st", "ave",
            "blvd", "hwy", "tues", "thurs", "fr",
        ] {
            table[word] = .continuing
        }
        for word in [
            "inc", "ltd", "co", "corp", "jr", "sr", "al", "bros", "plc", "llc", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "min", "max", "hrs", "yrs", "sq", "km", "kg", "lb", "lbs",
            "oz", "ft", "in", "misc", "esp",
        ] where table[word] == nil {
            table[word] = .ambiguous
        }
        for word in [
            "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r", "d.c", "a.m", "p.m", "n.y", "l.a", "b.c", "a.d", "ph.d",
            "m.d", "b.a", "m.a", "b.s", "m.s", "r.i.p", "p.s", "n.b",
        ] {
            table[word] = .acronym
        }
        return table
    }()

    private static let russian: [String: AbbreviationRole] = {
        var table: [String: AbbreviationRole] = [:]
        for word in [
            "т.е", "т.н", "т.к", "т.ч", "и.о", "г", "пгт", "с", "дер", "x", "вр.и.о", "врио", "им", "ул", "пр-т", "просп", "пер", "пл", "наб",
            "ш", "бул", "проф", "акад", "доц", "чл.-корр", "член-корр", "ген", "г-н", "г-жа", "гг-н", "св", "тов",
            "гр", "см", "ср", "напр", "ок", "стр", "рис", "табл", "гл", "ст", "ч", "п", "пп", "пт", "д", "кв",
            "корп", "обл", "р-н", "пос", "дер", "с.-х", "ж.-д", "англ", "франц", "фр", "лат", "итал",
            "исп", "рус", "укр", "амер", "т", "тт", "вып", "изд", "ред", "прим", "абз", "подп", "тел", "e.g",
            "i.e", "mr", "mrs", "dr", "ms", "ген.-лейт", "ген.-полк", "ген.-майор", "генсек", "зам", "пом", "сов",
            "нар", "тыс.т", "о", "оз", "р", "рр", "эт", "вл", "зав", "нач", "кн", "гос", "св-во",
        ] {
            table[word] = .continuing
        }
        for word in [
            "т.д", "т.п", "др", "пр", "гг", "в", "вв", "млн", "млрд", "трлн", "тыс", "руб", "долл", "коп",
            "евро", "н.э", "до н.э", "с.г", "т.г", "мм", "км", "кг", "га", "сек", "час", "мин", "янв", "фев", "февр", "мар",
            "апр", "авг", "сен", "сент", "окт", "нояб", "ноя", "дек", "чел", "шт", "etc", "proc", "проц", "коп",
            // `нем.` (German) is rare in the press; `о нем.` (about him, ё written е) ends sentences.
            "нем",
        ] where table[word] == nil {
            table[word] = .ambiguous
        }
        for word in ["с.ш", "ю.ш", "в.д", "з.д", "u.s", "u.n", "e.u", "a.m", "p.m"] {
            table[word] = .acronym
        }
        return table
    }()
}
