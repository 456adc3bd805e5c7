/// Flags site boilerplate: navigation, share and print lines, cookie notices, publication metadata, comment sections,
/// donation appeals and footers. Rules look at the sentence, whether it fills a whole line, and its neighbours.
/// Word lists are the project's own.
enum BoilerplateClassifier {
    static let share: [String] = [
        "поделиться", "печать", "версия для печати", "распечатать", "share", "print", "print version", "email",
        "facebook", "twitter", "вконтакте", "vk", "x", "telegram", "youtube", "rss", "одноклассники", "whatsapp", "linkedin", "copy link",
        "скопировать ссылку", "print this page",
    ]
    static let navigation: [String] = [
        "skip to content", "skip to main content", "search", "поиск", "главная", "home", "menu", "меню", "войти",
        "log in", "sign in", "перейти к содержанию", "вход", "регистрация", "подписаться", "subscribe",
    ] + languageSwitches
    /// Language names as a site's language switch shows them (lower-cased): the link to the page in another
    /// language. The page in that language has no such line facing it, so leaving one unaligned costs the aligner
    /// nothing. (Ingest flags them as navigation; Portuguese, Italian and Japanese joined the list in the fourth
    /// session.)
    static let languageSwitches: [String] = [
        "english", "русский", "español", "français", "deutsch", "中文", "العربية", "português", "italiano", "日本語",
    ]

    /// Whether `sentence` is nothing but a language switch (`English` on a Russian page, `Русский` on an English one).
    static func isLanguageSwitch(_ sentence: some StringProtocol) -> Bool {
        // The longest name is 14 bytes; white space around it rarely doubles that.
        guard sentence.utf8.count <= 64 else { return false }
        let trimmed = sentence.trimmingWhitespace()
        guard trimmed.utf8.count <= 24 else { return false }
        return languageSwitches.contains(trimmed.lowercased())
    }
    /// Phrases that make any sentence a footer.
    static let footerPhrases: [String] = [
        "all rights reserved", "все права защищены", "privacy policy", "terms of use", "политика конфиденциальности",
        "ctrl+enter", "при использовании материалов", "stay connected with", "external link policy",
        "accessibility statement", "сообщить об ошибке", "official website of the united states government",
        "here’s how you know", "here's how you know", "версия для слабовидящих",
    ]
    /// Lines that are a footer item when they stand alone.
    static let footerLines: [String] = [
        "back to top", "наверх", "карта сайта", "site map", "contact us", "контакты", "contacts", "18+", "accessibility",
    ]
    static let commentPhrases: [String] = [
        "ответить", "reply", "нравится", "не нравится", "upvote", "downvote", "дней назад", "days ago", "часов назад",
        "hours ago", "минут назад", "minutes ago", "изменено", "last edited", "edited", "комментарии", "comments",
        "добавить комментарий", "add a comment", "report",
    ]
    static let donationPhrases: [String] = [
        "поддержите", "пожертв", "donate", "donation", "support us", "support our", "become a patron", "подписк",
        "благодаря читателям", "state funding", "государственного финансирования",
    ]
    static let strongDonationPhrases: [String] = [
        "поддержите нашу", "поддержите редакцию", "поддержать редакцию", "support our newsroom", "support our journalism",
        "donate now", "make a donation", "сделать пожертвование",
    ]
    static let metadataPrefixes: [String] = [
        "источник:", "теги:", "tags:", "tags", "фото:", "photo:", "фото ", "читайте также", "related articles",
        "related", "материалы по теме", "см. также", "see also", "автор:", "author:", "опубликовано", "published",
        "обновлено", "updated",
    ]
    static let cookieWords: [String] = ["cookie", "куки", "файлы cookie"]

    /// The kind of boilerplate `sentence` is, given the whole line it stands on (`line` equals the sentence when the
    /// sentence fills its line).
    static func classify(_ sentence: String, line: String, fillsLine: Bool, isInTranscript: Bool) -> Document.Boilerplate? {
        let lower = sentence.lowercased()
        let lineLower = line.lowercased()
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        let hasFinalPunctuation = sentence.last.map { ".?!…:;\"»”".contains($0) } ?? false

        if cookieWords.contains(where: { lineLower.contains($0) }) && (lineLower.contains("сайт") || lineLower.contains("site")) {
            return .cookies
        }
        if fillsLine, ["принять", "accept", "подробнее", "learn more", "ok", "понятно", "согласен"].contains(lower) {
            return .cookies
        }
        let pieces = lower.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "·" })
        if fillsLine, share.contains(lower)
            || (pieces.contains(where: { share.contains(String($0)) }) && pieces.allSatisfy({ share.contains(String($0)) })
                && words.count <= 6)
        {
            return .share
        }
        if fillsLine, navigation.contains(lower) { return .navigation }
        // Menus: several items separated by bars or bullets, no sentence punctuation.
        if fillsLine, !hasFinalPunctuation, line.filter({ $0 == "|" || $0 == "·" || $0 == "•" }).count >= 2 {
            return .navigation
        }
        if fillsLine, !hasFinalPunctuation, line.contains(" / ") || line.contains(" > ") || line.contains(" › "),
            words.count <= 8 || (words.count <= 14 && ["home", "главная"].contains(words.first.map(String.init) ?? ""))
        {
            return .navigation
        }
        if footerPhrases.contains(where: { lower.contains($0) }) { return .footer }
        if fillsLine, footerLines.contains(lower) { return .footer }
        if fillsLine, ["адрес:", "address:", "тел.:", "tel.:", "phone:", "телефон:"].contains(where: { lower.hasPrefix($0) }) {
            return .footer
        }
        if fillsLine, ["пишите нам", "write to us", "есть новость", "got a tip", "contact the editors", "редакция:"]
            .contains(where: { lower.hasPrefix($0) })
        {
            return .donation
        }
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return .footer }
        if fillsLine, !hasFinalPunctuation, line.split(separator: "|").count >= 3 { return .footer }
        if strongDonationPhrases.contains(where: { lower.contains($0) }) { return .donation }
        if donationPhrases.contains(where: { lower.contains($0) }) && (!isInTranscript || fillsLine) { return .donation }
        if fillsLine, metadataPrefixes.contains(where: { lower.hasPrefix($0) }) { return .metadata }
        if fillsLine, commentPhrases.contains(where: { lower.contains($0) }), words.count <= 8, !hasFinalPunctuation {
            return .comments
        }
        // Publication ids such as "1843-03-10-2024".
        if fillsLine, sentence.allSatisfy({ $0.isNumber || $0 == "-" }), sentence.count >= 8 { return .metadata }
        return nil
    }
}
